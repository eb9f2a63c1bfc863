import type { DemoArticle } from './types.js';

// Lot D : politique, international et sciences.
// Tous les noms de personnes, d’entreprises, de collectifs et les citations sont fictifs.
// Part 2 of 3.

export const articlesD2: DemoArticle[] = [
  {
    key: 'd-bruxelles-preference-europeenne',
    title: 'Bruxelles veut imposer une « préférence européenne » dans les achats publics de la transition',
    standfirst:
      'La Commission européenne propose de réserver une part des marchés publics d’éoliennes, de batteries et de pompes à chaleur aux équipements fabriqués dans l’Union. Une petite révolution pour un marché unique longtemps attaché à l’ouverture.',
    section: 'actualites/international',
    authors: ['thomas-leclerc'],
    tags: ['commission-europeenne', 'nadia-kessler', 'bruxelles', 'energie'],
    status: 'published',
    publishOffsetHours: -9,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/bruxelles-preference-europeenne.jpg',
      alt: 'Les drapeaux européens flottent devant le bâtiment du Berlaymont, siège de la Commission européenne à Bruxelles',
      caption: 'La proposition a été présentée mercredi au Berlaymont, le siège de la Commission européenne à Bruxelles.',
      credit: 'Photo : Pieter Van Damme / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-cop31-antalya-enjeux', 'd-marseille-diplomatie-eau'],
    external: [
      {
        url: 'https://commission.europa.eu',
        title: 'Commission européenne',
        description: 'Le site officiel de la Commission européenne : propositions législatives, communiqués et documents de travail.',
      },
    ],
    body: `Il y a encore cinq ans, l’idée aurait été jugée hérétique dans les couloirs du Berlaymont. Mercredi, c’est pourtant la Commission européenne elle-même qui l’a portée. La commissaire chargée de l’industrie et de la transition propre, **Nadia Kessler**, a présenté un projet de règlement visant à introduire une forme de « préférence européenne » dans les marchés publics liés à la transition énergétique. Concrètement, les collectivités et les entreprises publiques qui achètent des éoliennes, des batteries, des panneaux solaires ou des pompes à chaleur devraient, au-delà d’un certain montant, réserver une part de leurs commandes à des équipements majoritairement fabriqués dans l’Union.

## Ce que contient la proposition de la Commission

Le texte, d’une cinquantaine de pages, est plus subtil que ne le laisse supposer son slogan. Il ne s’agit pas d’interdire les produits importés, mais de modifier les critères d’attribution des marchés. Les principales dispositions sont les suivantes :

- pour les marchés publics supérieurs à 5 millions d’euros dans les secteurs concernés, au moins 40 % de la valeur des équipements devrait provenir de sites de production situés dans l’Union ou dans des pays partenaires liés par un accord commercial ;
- les critères environnementaux, comme l’empreinte carbone de la fabrication et du transport, pèseraient pour au moins 30 % de la note finale des offres ;
- une clause de sauvegarde permettrait de déroger à ces règles en cas de pénurie avérée ou de surcoût supérieur à 20 % ;
- la Commission publierait chaque année une liste des composants jugés stratégiques, susceptible d’évoluer avec le marché.

« Nous ne fermons pas la porte. Nous demandons simplement que l’argent public européen contribue aussi à maintenir des usines et des emplois en Europe », a résumé Nadia Kessler lors de sa conférence de presse, devant une salle comble.

## Une réponse aux subventions américaines et chinoises

Pour comprendre ce revirement, il faut revenir aux difficultés accumulées par l’industrie européenne des technologies propres. En quelques années, plusieurs fabricants de panneaux solaires ont fermé leurs usines, incapables de rivaliser avec des produits importés vendus à des prix parfois inférieurs à leur coût de production. Les constructeurs d’éoliennes ont enchaîné les exercices déficitaires. Et les projets de *gigafactories* de batteries, annoncés en fanfare, ont pour certains été suspendus ou reportés.

Dans le même temps, les grandes puissances concurrentes ont massivement soutenu leurs propres industries, à coups de crédits d’impôt, de subventions et de règles de contenu local. « Nous étions les derniers à jouer selon des règles que plus personne ne respectait », confie un haut fonctionnaire de la direction générale du marché intérieur.

> « L’Europe a longtemps cru que l’ouverture suffirait à garantir sa prospérité. Aujourd’hui, la question n’est plus de savoir si nous devons protéger notre base industrielle, mais comment le faire sans nous tirer une balle dans le pied. »
> — Nadia Kessler, commissaire européenne chargée de l’industrie et de la transition propre

## Les capitales divisées : Paris applaudit, le Nord s’inquiète

Sans surprise, la proposition a été saluée à Paris, qui plaide depuis des années pour une telle préférence. D’autres capitales, notamment en Europe du Nord, se montrent beaucoup plus réservées. Elles redoutent un renchérissement des projets de transition, au moment même où l’Union doit accélérer le déploiement des énergies renouvelables pour tenir ses objectifs climatiques. Elles craignent aussi des mesures de rétorsion de la part de partenaires commerciaux.

Les fédérations professionnelles sont, elles aussi, partagées. Les fabricants européens applaudissent, les installateurs et les développeurs de projets s’inquiètent. « Si le prix des équipements augmente de 15 %, ce sont autant de projets qui ne verront pas le jour », avertit le délégué général d’une fédération d’installateurs solaires. Une étude d’impact publiée par la Commission, [consultable en ligne](https://www.example.org/etude-impact-preference-europeenne), estime pourtant le surcoût moyen à 4 à 7 %, compensé à moyen terme par les emplois créés et la sécurisation des chaînes d’approvisionnement.

## Un parcours législatif semé d’embûches

La proposition doit désormais être examinée par le Parlement européen et par le Conseil, qui réunit les États membres. Dans le meilleur des cas, une adoption définitive n’interviendrait pas avant la fin de l’année prochaine. Plusieurs points devraient concentrer les débats :

1. le seuil de 40 %, jugé trop élevé par certains États et trop bas par d’autres ;
2. la liste des pays partenaires considérés comme équivalents à l’Union ;
3. la compatibilité du dispositif avec les règles de l’Organisation mondiale du commerce ;
4. les modalités de contrôle de l’origine réelle des composants, sujet technique mais décisif.

Au Parlement européen, les groupes centristes et écologistes semblent disposés à soutenir le texte, sous réserve d’un renforcement des critères environnementaux. Une partie de la droite y est favorable au nom de la souveraineté, une autre y voit une dérive dirigiste. Nadia Kessler, qui a consacré une grande partie de son mandat à ce dossier, ne cache pas que la bataille sera longue. Mais elle veut croire que le vent a tourné : « Personne, aujourd’hui, ne peut plus dire que l’industrie n’est pas une question européenne. »`,
  },
  {
    key: 'd-marseille-diplomatie-eau',
    title: 'Sécheresse : à Marseille, l’Europe et ses voisins du Sud esquissent une diplomatie de l’eau',
    standfirst:
      'Ministres et experts de vingt-deux pays méditerranéens se sont réunis deux jours au Pharo pour tenter de bâtir une réponse commune au manque d’eau. La déclaration finale promet beaucoup ; les financements restent à trouver.',
    section: 'actualites/international',
    authors: ['thomas-leclerc', 'malik-ouedraogo'],
    tags: ['marseille', 'commission-europeenne', 'climat'],
    status: 'published',
    publishOffsetHours: -170,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/marseille-conference-eau-pharo.jpg',
      alt: 'Le palais du Pharo surplombant l’entrée du Vieux-Port de Marseille, sous un ciel sans nuages',
      caption: 'La conférence euro-méditerranéenne sur l’eau s’est tenue au palais du Pharo, à Marseille.',
      credit: 'Photo : Lucas Ferrand / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-mediterranee-chaleur-marine', 'd-cop31-antalya-enjeux', 'd-canicule-lyon-fraicheur'],
    external: [
      {
        url: 'https://ufmsecretariat.org',
        title: 'Union pour la Méditerranée',
        description: 'L’organisation intergouvernementale qui réunit les pays de l’Union européenne et ceux du pourtour méditerranéen autour de projets communs.',
      },
    ],
    body: `Le symbole n’a échappé à personne. Alors que les délégations s’installaient, mardi matin, dans les salons du palais du Pharo, face à la mer, les réservoirs de plusieurs grands barrages d’Afrique du Nord affichaient des taux de remplissage historiquement bas, et une partie de la Catalogne et du sud de l’Italie vivait encore sous restrictions d’eau. Pendant deux jours, ministres, diplomates et scientifiques venus de vingt-deux pays riverains de la Méditerranée ont tenté, à Marseille, de poser les bases de ce que les organisateurs appellent une **« diplomatie de l’eau »**. Une ambition à la mesure d’un défi qui ne connaît pas de frontières.

## La Méditerranée, « point chaud » du changement climatique

Les chiffres présentés en ouverture par les scientifiques ont donné le ton. Le bassin méditerranéen se réchauffe nettement plus vite que la moyenne mondiale, et les projections des climatologues convergent vers une baisse des précipitations dans une grande partie de la région, en particulier au sud et à l’est. Dans le même temps, la demande en eau continue de croître, portée par la démographie, le tourisme et l’irrigation agricole.

« Nous entrons dans une ère où la pénurie d’eau ne sera plus un accident, mais une donnée structurelle pour des dizaines de millions de personnes », a résumé Samia Benali, hydrologue tunisienne et coordinatrice d’un réseau scientifique régional. Selon les travaux qu’elle a présentés, plusieurs grandes villes de la rive sud pourraient voir leurs ressources disponibles par habitant diminuer d’un tiers d’ici le milieu du siècle, si rien ne change dans la gestion de l’eau.

> « L’eau est déjà un facteur de tensions entre usagers, entre régions, parfois entre États. La question est de savoir si nous voulons qu’elle devienne un facteur de coopération ou de conflit. »
> — Samia Benali, hydrologue

## Ce que contient la déclaration de Marseille

Au terme de négociations qui se sont prolongées tard dans la nuit de mardi à mercredi, les participants ont adopté une déclaration commune. Non contraignant, le texte fixe plusieurs orientations :

- la création d’un **observatoire méditerranéen de la ressource en eau**, chargé de partager en temps réel les données sur les nappes, les barrages et les sécheresses ;
- un objectif de réduction de moitié des pertes dans les réseaux de distribution urbains d’ici 2035, alors qu’elles atteignent parfois 40 % dans certaines villes ;
- le développement de la réutilisation des eaux usées traitées, encore marginale dans plusieurs pays européens ;
- un encadrement environnemental commun pour les usines de dessalement, dont les rejets de saumure et la consommation énergétique inquiètent les scientifiques.

La Commission européenne, représentée par son commissaire chargé de l’environnement, a annoncé qu’elle mobiliserait une enveloppe de plusieurs centaines de millions d’euros pour amorcer les premiers projets. Un montant salué, mais jugé très insuffisant par les pays du Sud, qui évaluent leurs besoins d’investissement à plusieurs dizaines de milliards d’euros sur la décennie.

## Le dessalement, solution miracle ou fausse bonne idée ?

C’est sans doute le sujet qui a suscité les débats les plus vifs. Plusieurs pays de la rive sud ont lancé de vastes programmes d’usines de dessalement d’eau de mer, présentées comme la réponse la plus rapide à la sécheresse. Le procédé présente pourtant des limites bien connues : il consomme beaucoup d’énergie, produit des rejets très salés qui peuvent affecter les écosystèmes côtiers, et son coût reste élevé.

« Le dessalement peut être une partie de la solution, à condition d’être alimenté par des énergies renouvelables et de ne pas servir de prétexte pour ne rien changer au reste », a plaidé un représentant d’une organisation environnementale présente en observatrice. Les scientifiques réunis à Marseille ont rappelé que *l’eau la moins chère est celle que l’on ne gaspille pas* : la réparation des réseaux, la modernisation de l’irrigation et la sobriété des usages restent, selon eux, les leviers les plus efficaces. [Une synthèse des travaux scientifiques présentés](https://www.example.org/synthese-conference-eau-marseille) a été mise en ligne par les organisateurs.

## Une coopération encore fragile

Au-delà des engagements, la conférence a aussi révélé les lignes de fracture d’une région traversée par de nombreuses tensions politiques. Plusieurs délégations ont refusé de siéger dans les mêmes ateliers, et la question des fleuves partagés entre plusieurs États a été soigneusement tenue à l’écart de la déclaration finale. « On a préféré avancer sur ce qui rassemble plutôt que de buter sur ce qui divise », reconnaît un diplomate français impliqué dans la préparation du sommet.

Rendez-vous a été pris dans deux ans pour un premier bilan. D’ici là, l’observatoire devra avoir vu le jour, ce qui suppose de s’entendre sur son siège, sa gouvernance et son financement. À Marseille, ville hôte qui se rêve en capitale de la coopération méditerranéenne, on veut croire que la dynamique est lancée. Mais chacun, en quittant le Pharo, avait en tête la même question : la prochaine sécheresse attendra-t-elle que la diplomatie ait fait son œuvre ?`,
  },
  {
    key: 'd-budget-europeen-negociation',
    title: 'Budget européen 2028-2034 : les Vingt-Sept entament une négociation à haut risque',
    standfirst:
      'Les dirigeants européens se retrouvent à Bruxelles pour un premier sommet consacré au prochain cadre financier pluriannuel. Agriculture, défense, remboursement de la dette commune : tout oppose, ou presque, les contributeurs nets et les autres.',
    section: 'actualites/international',
    authors: ['thomas-leclerc'],
    tags: ['commission-europeenne', 'bruxelles', 'nadia-kessler'],
    status: 'scheduled',
    publishOffsetHours: 72,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/budget-europeen-sommet-bruxelles.jpg',
      alt: 'Une longue table de réunion entourée de drapeaux nationaux dans une salle du Conseil européen',
      caption: 'Les chefs d’État et de gouvernement doivent consacrer l’essentiel de leur sommet à la négociation budgétaire.',
      credit: 'Photo : Pieter Van Damme / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-bruxelles-preference-europeenne', 'd-budget-delorme-amendements'],
    external: [
      {
        url: 'https://commission.europa.eu',
        title: 'Commission européenne',
        description: 'La proposition de la Commission pour le prochain budget à long terme de l’Union et ses documents explicatifs.',
      },
      {
        url: 'https://www.consilium.europa.eu',
        title: 'Conseil européen et Conseil de l’Union européenne',
        description: 'Les conclusions des sommets européens et l’état des négociations entre États membres.',
      },
    ],
    body: `Ils le savent tous : ce premier sommet ne débouchera sur aucun accord. Mais il donnera le ton de la négociation la plus âpre de la décennie européenne. Jeudi et vendredi, les chefs d’État et de gouvernement des Vingt-Sept se retrouvent à Bruxelles pour un premier échange approfondi sur le **cadre financier pluriannuel 2028-2034**, le budget à long terme de l’Union. Sur la table, une proposition de la Commission européenne qui approche les 2 000 milliards d’euros sur sept ans, et une avalanche de désaccords qui laissent présager des mois, voire des années, de tractations.

## Une architecture budgétaire bouleversée

La Commission a profondément revu la structure du budget européen. Fini, ou presque, les grandes enveloppes sectorielles gérées séparément : l’exécutif européen propose de regrouper une grande partie des crédits de la politique agricole commune et de la politique de cohésion dans des *plans nationaux et régionaux* négociés avec chaque État membre. Une logique inspirée du plan de relance post-Covid, qui associait versements et réformes.

À côté, un nouveau fonds pour la compétitivité doit soutenir l’industrie, la recherche, le numérique et la défense. C’est là qu’intervient **Nadia Kessler**, commissaire chargée de l’industrie et de la transition propre, qui en a fait l’un de ses combats. « Nous ne pouvons pas réclamer une politique industrielle européenne et la financer avec des budgets nationaux dispersés », répète-t-elle à chaque déplacement dans les capitales.

> « Ce budget n’est pas une addition de guichets. C’est la traduction de nos priorités politiques pour les sept prochaines années. Si nous voulons peser dans le monde, il faut s’en donner les moyens. »
> — Nadia Kessler, commissaire européenne

## Les lignes de fracture entre les États membres

Comme à chaque négociation budgétaire, les Vingt-Sept se répartissent en plusieurs camps aux intérêts difficilement conciliables. Schématiquement, on distingue :

- **les contributeurs nets** les plus attachés à la rigueur, qui jugent l’enveloppe proposée trop élevée et exigent qu’elle soit plafonnée à 1 % du revenu national brut de l’Union ;
- **les pays bénéficiaires de la cohésion**, principalement en Europe centrale et orientale, qui redoutent que la nouvelle architecture dilue les fonds qui leur sont destinés ;
- **les pays à forte tradition agricole**, dont la France, inquiets de la fin d’une enveloppe agricole clairement identifiée et protégée ;
- **les partisans d’une Europe de la défense**, qui veulent augmenter fortement les crédits consacrés à l’industrie militaire.

La France occupe une position délicate. Elle plaide pour un budget ambitieux, notamment pour la défense et l’industrie, tout en refusant toute baisse des aides agricoles, dans un contexte de forte mobilisation des agriculteurs. « Paris veut le beurre et l’argent du beurre, et tout le monde le sait », glisse un diplomate d’un pays nordique, non sans ironie.

## La dette commune, bombe à retardement

À ces clivages classiques s’ajoute une question nouvelle, et explosive : le remboursement de l’emprunt commun contracté pour financer le plan de relance. À partir de 2028, l’Union devra commencer à rembourser le capital, ce qui représente plusieurs dizaines de milliards d’euros par an. Sans nouvelles ressources propres, c’est-à-dire sans nouvelles recettes directement affectées au budget européen, ces remboursements viendront mécaniquement réduire les crédits disponibles pour les politiques européennes.

La Commission a proposé plusieurs pistes de ressources propres, parmi lesquelles une part des recettes du mécanisme d’ajustement carbone aux frontières ou une contribution assise sur les bénéfices des grandes entreprises. Mais ces propositions se heurtent à l’opposition de plusieurs États, réticents à céder une part de leur souveraineté fiscale. [Une note du service de recherche du Parlement européen](https://www.example.org/note-ressources-propres-ue) chiffre l’enjeu : sans ressources nouvelles, près de 15 % des crédits pourraient être absorbés par le service de la dette à la fin de la période.

## Un calendrier qui s’étire jusqu’en 2027

Personne n’attend d’accord avant de longs mois. Les précédentes négociations budgétaires ont toutes nécessité plusieurs sommets, souvent marathons, et se sont conclues au petit matin après des nuits de marchandages. L’objectif affiché est de parvenir à un compromis entre les États membres d’ici la fin de l’année 2027, afin de laisser au Parlement européen, qui doit donner son approbation, le temps d’examiner le texte avant l’entrée en vigueur du nouveau cadre.

Le Parlement, justement, entend peser. Ses rapporteurs sur le budget ont prévenu qu’ils n’accepteraient pas un cadre financier qui sacrifierait la recherche ou les programmes pour la jeunesse, comme Erasmus+, au profit de la seule défense. À Bruxelles, on se prépare donc à une longue partie d’échecs. Ce premier sommet en sera l’ouverture : chacun y avancera ses pièces, sans encore rien concéder.`,
  },
  {
    key: 'd-cop31-antalya-enjeux',
    title: 'COP31 : à Antalya, la difficile mise à jour des promesses climatiques',
    standfirst:
      'À l’approche de la conférence des Nations unies sur le climat, organisée en Turquie, les plans nationaux de réduction des émissions restent très en deçà de l’objectif de l’accord de Paris. Adaptation et financement s’annoncent comme les deux fronts les plus disputés.',
    section: 'sciences/climat',
    authors: ['malik-ouedraogo', 'thomas-leclerc'],
    tags: ['cop31', 'climat', 'energie'],
    status: 'published',
    publishOffsetHours: -27,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/cop31-antalya-centre-conferences.jpg',
      alt: 'Le littoral d’Antalya, en Turquie, avec la mer Méditerranée et les montagnes du Taurus en arrière-plan',
      caption: 'La station balnéaire d’Antalya, sur la côte méditerranéenne de la Turquie, accueille la COP31.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-bruxelles-preference-europeenne', 'd-canicule-lyon-fraicheur', 'd-marseille-diplomatie-eau'],
    external: [
      {
        url: 'https://unfccc.int',
        title: 'Convention-cadre des Nations unies sur les changements climatiques',
        description: 'Le secrétariat de l’ONU chargé des négociations climatiques : ordre du jour de la COP31, contributions nationales et rapports de synthèse.',
      },
      {
        url: 'https://www.ipcc.ch',
        title: 'GIEC – Groupe d’experts intergouvernemental sur l’évolution du climat',
        description: 'Les rapports d’évaluation du GIEC, qui font référence sur l’état des connaissances scientifiques sur le climat.',
      },
    ],
    body: `Dix ans après l’entrée en vigueur de l’accord de Paris, le rituel n’a rien perdu de sa solennité, ni de ses contradictions. Dans quelques semaines, des dizaines de milliers de délégués, d’observateurs et de journalistes convergeront vers Antalya, sur la côte méditerranéenne de la Turquie, pour la **COP31**, la trente et unième conférence des parties à la convention-cadre des Nations unies sur les changements climatiques. Au menu : l’examen des nouveaux plans nationaux de réduction des émissions, la montée en puissance de l’adaptation et, comme toujours, la question épineuse de l’argent. Les négociateurs s’y préparent avec un mélange de détermination et de lassitude.

![Des panneaux solaires installés sur une colline aride près de la côte turque](https://cdn.lekiosque.example/images/2026/cop31-panneaux-solaires-anatolie.jpg)

## Des plans nationaux encore loin du compte

Le constat est désormais bien établi. Les contributions déterminées au niveau national, les fameuses CDN que chaque pays doit soumettre et réviser régulièrement, ne permettent pas de contenir le réchauffement bien en dessous de 2 °C, et encore moins de le limiter à 1,5 °C. Selon le dernier rapport de synthèse publié par le secrétariat de l’ONU sur le climat, même si toutes les promesses étaient tenues, le monde resterait sur une trajectoire de réchauffement comprise entre 2,3 °C et 2,8 °C d’ici la fin du siècle.

« On progresse, mais on progresse trop lentement. L’écart entre ce que dit la science et ce que font les États se réduit à peine », résume Rafael Ortega, climatologue et auteur principal d’un chapitre du dernier rapport d’évaluation du GIEC. Il rappelle que chaque dixième de degré compte : les conséquences d’un réchauffement de 2 °C sont sensiblement plus graves que celles d’un réchauffement de 1,5 °C, qu’il s’agisse des vagues de chaleur, de la montée des eaux ou de la disparition des récifs coralliens.

Plusieurs grands émetteurs n’ont d’ailleurs toujours pas déposé de plan révisé, ou l’ont fait avec des objectifs jugés peu ambitieux par les experts. La présidence de la conférence espère obtenir, à Antalya, un engagement collectif à *combler l’écart* avant la prochaine échéance de révision.

## L’adaptation, parent pauvre des négociations

Si la réduction des émissions reste au cœur des débats, l’adaptation aux effets déjà visibles du changement climatique s’impose de plus en plus comme une priorité, en particulier pour les pays les plus vulnérables. Inondations, sécheresses, cyclones, submersion des côtes : pour des centaines de millions de personnes, le changement climatique n’est plus une menace lointaine, mais une réalité quotidienne.

> « Pour nous, l’adaptation n’est pas un sujet technique. C’est une question de survie. Nos villages côtiers reculent chaque année, et nous n’avons pas les moyens de construire des digues partout. »
> — Une négociatrice d’un petit État insulaire du Pacifique

Les négociateurs devront notamment préciser les indicateurs permettant de mesurer les progrès vers l’objectif mondial en matière d’adaptation, un chantier lancé lors des précédentes conférences. Derrière ces discussions techniques se joue une question très concrète : comment s’assurer que les financements promis arrivent réellement là où ils sont nécessaires ?

## Finance climat : la question qui fâche

C’est, sans surprise, le sujet qui promet les nuits les plus longues. Lors de la COP29 à Bakou, les pays développés se sont engagés à mobiliser au moins 300 milliards de dollars par an d’ici à 2035 au profit des pays en développement. Un montant jugé très insuffisant par ces derniers, qui évaluent leurs besoins à plus de mille milliards par an. À Antalya, les pays du Sud entendent demander des comptes sur la mise en œuvre de cet engagement. Plusieurs points de friction sont déjà identifiés :

1. la part des prêts par rapport aux dons, les pays les plus endettés refusant de voir leur dette s’alourdir au nom du climat ;
2. l’élargissement de la base des contributeurs à des pays émergents devenus de grands émetteurs ;
3. la dotation du fonds consacré aux pertes et préjudices, encore très modeste au regard des besoins ;
4. la transparence sur les montants réellement versés, souvent contestés.

## Ce que la France et l’Europe apportent à la table

L’Union européenne arrive à Antalya avec un objectif de réduction de ses émissions pour 2040, fruit de longues négociations internes, et le souhait de se poser en chef de file des pays ambitieux. Mais sa crédibilité est contestée par certains partenaires du Sud, qui lui reprochent son mécanisme d’ajustement carbone aux frontières, perçu comme une mesure protectionniste. La France, elle, entend mettre l’accent sur la sortie progressive des énergies fossiles et sur la protection des océans, l’un de ses thèmes de prédilection sur la scène climatique.

« Il ne faut pas attendre de miracle d’une COP, mais il ne faut pas non plus sous-estimer leur effet d’entraînement », estime Bénédicte Aubry, ancienne négociatrice française aujourd’hui chercheuse associée dans un centre de réflexion sur le climat. Pour elle, le succès d’Antalya se mesurera moins au texte final qu’aux signaux envoyés aux investisseurs et aux gouvernements. Un [dossier complet sur les enjeux de la conférence](https://www.example.org/dossier-cop31-enjeux) est disponible pour ceux qui souhaitent approfondir. Rendez-vous à Antalya, où les premières séances plénières donneront rapidement la température.`,
  },
];
