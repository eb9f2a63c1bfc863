import type { DemoArticle } from './types.js';

// Lot A : une « une » variée couvrant toutes les rubriques du Kiosque.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.

export const articlesA: DemoArticle[] = [
  {
    key: 'a-meridia-modele-ouvert',
    title: 'Meridia Labs dévoile Aster, un modèle de langage ouvert entraîné en France',
    standfirst:
      'La jeune pousse parisienne publie les poids de son nouveau modèle et promet une IA « frugale et vérifiable ». Un pari industriel autant que politique, à quelques mois de l’entrée en vigueur de nouvelles obligations européennes.',
    section: 'actualites/ia',
    authors: ['claire-marchetti'],
    tags: ['intelligence-artificielle', 'meridia-labs', 'lea-morvan', 'paris'],
    status: 'published',
    publishOffsetHours: -3,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/meridia-aster-lancement.jpg',
      alt: 'Une salle de serveurs éclairée en bleu dans un centre de données francilien',
      caption: 'Le modèle Aster a été entraîné dans un centre de données de l’Essonne, alimenté majoritairement par de l’électricité bas carbone.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-bruxelles-lignes-directrices-ia', 'a-recrutement-ia-cadres'],
    external: [
      {
        url: 'https://www.cnil.fr',
        title: 'CNIL – Commission nationale de l’informatique et des libertés',
        description: 'Les recommandations de l’autorité française sur le développement des systèmes d’intelligence artificielle et la protection des données.',
      },
    ],
    body: `Dans les locaux de Meridia Labs, au cœur du 11e arrondissement de Paris, l’ambiance tenait davantage de la veille d’examen que de la fête de lancement. Mardi matin, la start-up fondée il y a trois ans par **Léa Morvan** a mis en ligne Aster, son nouveau modèle de langage, en publiant l’intégralité de ses poids sous une licence ouverte. Une décision rare pour un système de cette taille, que l’entreprise présente comme la preuve qu’une autre voie est possible face aux géants américains et chinois : celle d’une intelligence artificielle plus sobre, documentée de bout en bout et auditable par quiconque dispose des compétences nécessaires.

## Un modèle plus petit, mais mieux documenté

Aster compte 34 milliards de paramètres, soit nettement moins que les modèles les plus puissants du marché. Meridia Labs assume ce choix. Selon les résultats communiqués par l’entreprise, et qui devront être confirmés par des évaluations indépendantes, le modèle rivalise avec des systèmes deux à trois fois plus volumineux sur la compréhension de textes juridiques et administratifs en français, un créneau que la société a délibérément ciblé.

L’entraînement a mobilisé environ 4 000 processeurs graphiques pendant sept semaines. La jeune pousse publie, fait inhabituel, une *fiche technique* de près de quatre-vingts pages détaillant la composition du corpus, la consommation électrique estimée et les limites connues du système. On y apprend notamment que :

- près de 40 % des données d’entraînement sont en français, contre quelques pourcents dans la plupart des modèles concurrents ;
- les textes issus de sites dont les éditeurs ont signalé leur refus d’être collectés ont été écartés ;
- l’entraînement aurait consommé l’équivalent de la consommation annuelle d’environ 900 foyers français ;
- le modèle échoue encore régulièrement sur le raisonnement mathématique à plusieurs étapes.

« Nous préférons dire clairement ce que notre modèle ne sait pas faire plutôt que de vendre une promesse que nous ne pourrions pas tenir », résume Léa Morvan, qui a longtemps travaillé dans la recherche publique avant de se lancer dans l’entrepreneuriat.

## Un pari économique risqué

Publier les poids d’un modèle revient, en pratique, à en offrir l’usage à n’importe qui, y compris à ses concurrents. Comment, dès lors, gagner de l’argent ? Meridia Labs mise sur les services : l’hébergement sécurisé, l’adaptation du modèle aux besoins de clients spécifiques et l’accompagnement à la mise en conformité. Plusieurs collectivités et deux établissements hospitaliers testeraient déjà des versions spécialisées d’Aster, sans que l’entreprise accepte d’en dévoiler les noms.

> « Les administrations et les hôpitaux ne veulent pas d’une boîte noire hébergée à l’autre bout du monde. Ils veulent comprendre ce qu’ils utilisent et garder la main sur leurs données. C’est exactement ce que nous leur proposons. »
> — Léa Morvan, cofondatrice et présidente de Meridia Labs

Le modèle économique reste toutefois fragile. La start-up a levé 120 millions d’euros l’an dernier, une somme conséquente à l’échelle française mais modeste au regard des milliards investis outre-Atlantique. Chaque nouvelle génération de modèles coûte plus cher à entraîner, et rien ne garantit que les revenus de services suffiront à financer la course. « Leur positionnement est cohérent, mais ils vont devoir prouver très vite qu’ils peuvent signer de gros contrats », observe un investisseur parisien qui a étudié le dossier sans y participer.

## La conformité européenne comme argument commercial

Le calendrier du lancement n’a rien d’un hasard. Les fournisseurs de modèles dits « à usage général » doivent désormais se conformer à de nouvelles obligations de transparence prévues par le règlement européen sur l’intelligence artificielle : documentation technique, résumé des données d’entraînement, politique de respect du droit d’auteur. Pour Meridia Labs, qui publiait déjà ces informations avant d’y être contrainte, la réglementation devient un argument de vente.

### Ce que disent les spécialistes

Plusieurs chercheurs contactés par *Le Kiosque* saluent l’effort de transparence, tout en appelant à la prudence. « Une fiche technique détaillée est une excellente nouvelle, mais elle reste une déclaration de l’entreprise sur elle-même, rappelle une chercheuse en apprentissage automatique d’un laboratoire public grenoblois. La vraie question est de savoir si des équipes indépendantes pourront reproduire ces résultats. » Les poids étant publics, ce travail de vérification devrait commencer dans les prochains jours.

D’autres soulignent les risques inhérents à la diffusion ouverte : un modèle librement téléchargeable peut être détourné, par exemple pour produire de la désinformation à grande échelle. Meridia Labs affirme avoir soumis Aster à des tests de résistance pendant plusieurs semaines, avec l’aide d’une équipe extérieure, et publie les résultats de ces essais. L’entreprise reconnaît néanmoins qu’aucune protection n’est infaillible une fois le modèle entre les mains du public.

## Et maintenant ?

La start-up prévoit de publier d’ici à l’automne une version plus légère, capable de fonctionner sur un simple ordinateur portable, ainsi que des variantes spécialisées pour le droit et la santé. Elle dit aussi vouloir ouvrir un programme de recherche avec des universités françaises, qui pourraient accéder gratuitement à ses capacités de calcul.

Pour l’écosystème français, le lancement d’Aster sera suivi de près. Il dira si un acteur de taille moyenne peut encore exister dans un secteur dominé par une poignée de géants, à condition de jouer une autre partition. Les développeurs intéressés peuvent consulter la documentation publiée par l’entreprise ainsi que les [recommandations de la CNIL sur l’IA](https://www.example.org/cnil-recommandations-ia) pour mesurer les enjeux de protection des données. Réponse, sans doute, dans les premiers classements indépendants, attendus avant la fin du mois.`,
  },
  {
    key: 'a-bruxelles-lignes-directrices-ia',
    title: 'IA : Bruxelles précise ce qu’elle attend des géants du secteur',
    standfirst:
      'La Commission européenne a publié ses lignes directrices sur les modèles d’intelligence artificielle à usage général. Les entreprises y gagnent en clarté, les ONG dénoncent des concessions.',
    section: 'actualites/international',
    authors: ['thomas-leclerc', 'claire-marchetti'],
    tags: ['regulation', 'commission-europeenne', 'bruxelles', 'intelligence-artificielle'],
    status: 'published',
    publishOffsetHours: -26,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/bruxelles-berlaymont-ia.jpg',
      alt: 'La façade du bâtiment Berlaymont, siège de la Commission européenne, à Bruxelles',
      caption: 'Le Berlaymont, siège de la Commission européenne, où les lignes directrices ont été présentées jeudi.',
      credit: 'Photo : Pieter Van Damme / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-meridia-modele-ouvert', 'a-assemblee-proportionnelle'],
    external: [
      {
        url: 'https://commission.europa.eu',
        title: 'Commission européenne',
        description: 'Le site officiel de la Commission européenne, avec ses communiqués et documents sur la stratégie numérique de l’Union.',
      },
      {
        url: 'https://eur-lex.europa.eu',
        title: 'EUR-Lex – Le droit de l’Union européenne',
        description: 'Accès au texte intégral du règlement européen sur l’intelligence artificielle et aux actes qui le complètent.',
      },
    ],
    body: `Après des mois de consultations, de réunions à huis clos et de lettres ouvertes, la Commission européenne a rendu sa copie. Jeudi, à Bruxelles, l’exécutif européen a présenté les lignes directrices qui précisent comment les fournisseurs de modèles d’intelligence artificielle « à usage général » doivent appliquer le règlement adopté par l’Union. Un document technique d’une soixantaine de pages, très attendu par l’industrie, qui fixe la frontière entre ce qui est exigé, ce qui est recommandé et ce qui relève de la bonne volonté des entreprises.

## Des obligations graduées selon la puissance des modèles

Le principe de départ ne change pas : tous les fournisseurs de modèles à usage général doivent tenir à jour une documentation technique, publier un résumé des données ayant servi à l’entraînement et mettre en place une politique de respect du droit d’auteur. Les lignes directrices apportent en revanche des précisions attendues sur plusieurs points sensibles.

Elles détaillent d’abord le seuil à partir duquel un modèle est considéré comme présentant un « risque systémique ». Ces systèmes, les plus puissants, sont soumis à des obligations renforcées :

1. réaliser des évaluations approfondies, y compris des tests adversariaux, avant toute mise sur le marché ;
2. signaler sans délai au Bureau européen de l’IA les incidents graves et les mesures correctives prises ;
3. garantir un niveau élevé de cybersécurité pour le modèle et l’infrastructure qui l’héberge ;
4. documenter la consommation d’énergie liée à l’entraînement.

Le texte clarifie également la situation des entreprises qui modifient un modèle existant. Une start-up qui adapte un modèle ouvert à un usage précis ne deviendra « fournisseur », avec les obligations afférentes, que si la modification est substantielle, c’est-à-dire si elle mobilise une puissance de calcul dépassant un tiers de celle utilisée pour l’entraînement initial. Une règle saluée par les jeunes pousses européennes, qui craignaient de devoir assumer la responsabilité de modèles conçus par d’autres.

## Une méthode assumée : le dialogue plutôt que la sanction

Au sein de la Commission, on insiste sur la logique d’accompagnement. **Inès Carvalho**, directrice adjointe du Bureau européen de l’IA, chargée du suivi des modèles à usage général, a défendu devant la presse une approche « pragmatique et progressive ».

> « Notre objectif n’est pas de distribuer des amendes, mais de faire en sorte que les modèles mis sur le marché européen soient sûrs et transparents. Les entreprises qui jouent le jeu trouveront en nous un interlocuteur. Celles qui ne le joueront pas découvriront que le règlement a des dents. »

Les sanctions prévues restent en effet considérables : jusqu’à 3 % du chiffre d’affaires mondial pour les fournisseurs qui ne respecteraient pas leurs obligations. Mais Bruxelles laisse entendre que les premiers mois serviront surtout à établir un dialogue avec les acteurs concernés, dont une large majorité a signé le code de bonnes pratiques élaboré l’an dernier.

### Le droit d’auteur, point de friction

C’est sur la question des œuvres protégées que les débats ont été les plus vifs. Les représentants des auteurs, des éditeurs de presse et des producteurs de musique réclamaient une obligation de publier la liste précise des contenus utilisés pour l’entraînement. Ils n’ont obtenu qu’un modèle de « résumé suffisamment détaillé », qui devra indiquer les grandes catégories de sources et les principaux jeux de données, sans descendre au niveau de chaque œuvre.

« C’est une occasion manquée, regrette un responsable d’une fédération européenne d’éditeurs. Sans liste précise, comment un auteur peut-il savoir si son livre a été utilisé et, le cas échéant, faire valoir ses droits ? » À l’inverse, plusieurs représentants de l’industrie jugent le dispositif déjà lourd et redoutent qu’il dissuade les laboratoires de lancer leurs modèles en Europe.

## Les capitales sous pression

Le document intervient dans un contexte politique tendu. Plusieurs États membres, soucieux de ne pas entraver l’émergence de champions européens, ont plaidé ces derniers mois pour un report de certaines obligations. D’autres, à l’inverse, demandent une application stricte du texte, au nom de la protection des citoyens. À Paris, le gouvernement a salué des lignes directrices « équilibrées », tout en rappelant son attachement à la compétitivité des entreprises françaises.

Du côté des organisations de la société civile, le ton est plus sévère. Une coalition d’une vingtaine d’ONG européennes dénonce des « concessions faites sous la pression des lobbys » et pointe le caractère volontaire de nombreuses recommandations. Elles s’inquiètent notamment de l’absence d’exigences contraignantes en matière d’évaluation des biais discriminatoires.

## Ce qui va se passer dans les prochains mois

Le Bureau européen de l’IA doit désormais recruter plusieurs dizaines d’experts supplémentaires pour assurer le suivi des modèles les plus puissants. Les entreprises concernées disposent d’un délai pour mettre à jour leur documentation, et les modèles déjà commercialisés bénéficient d’une période de transition plus longue.

Les lignes directrices ne sont pas juridiquement contraignantes : en cas de litige, c’est la Cour de justice de l’Union européenne qui aura le dernier mot sur l’interprétation du règlement. Mais elles donnent une indication claire de la manière dont la Commission entend appliquer le texte. Pour les juristes spécialisés, la *vraie* épreuve viendra avec les premiers contrôles, que Bruxelles promet « ciblés et proportionnés ». Le texte intégral est consultable sur le [portail de la Commission](https://www.example.org/commission-lignes-directrices-ia).`,
  },
  {
    key: 'a-assemblee-proportionnelle',
    title: 'Proportionnelle : à l’Assemblée, une réforme du mode de scrutin qui divise jusque dans les majorités',
    standfirst:
      'La proposition de loi portée par le député Antoine Delorme arrive en séance publique. Son adoption dépendra de quelques dizaines de voix et d’un compromis encore introuvable sur la prime majoritaire.',
    section: 'actualites/politique',
    authors: ['helene-fabre'],
    tags: ['elections', 'assemblee-nationale', 'antoine-delorme'],
    status: 'published',
    publishOffsetHours: -70,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/assemblee-hemicycle-scrutin.jpg',
      alt: 'L’hémicycle de l’Assemblée nationale vu depuis les tribunes du public',
      caption: 'L’hémicycle du Palais-Bourbon, où le texte doit être examiné à partir de mardi.',
      credit: 'Photo : Bastien Rocher / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-bruxelles-lignes-directrices-ia'],
    external: [
      {
        url: 'https://www.assemblee-nationale.fr',
        title: 'Assemblée nationale',
        description: 'Le site officiel de l’Assemblée nationale : dossiers législatifs, comptes rendus des débats et résultats des scrutins.',
      },
    ],
    body: `Rarement un texte aussi technique aura suscité autant de calculs de couloir. À partir de mardi, les députés examinent en séance publique la proposition de loi visant à instaurer une dose de proportionnelle pour l’élection de l’Assemblée nationale. Porté par **Antoine Delorme**, député de la Gironde et rapporteur du texte, le projet promet de « réconcilier les Français avec leurs institutions ». Ses opposants y voient au contraire la garantie d’une instabilité gouvernementale durable.

## Ce que prévoit le texte

Le dispositif, remanié à plusieurs reprises en commission des lois, repose sur un système mixte. Dans sa version actuelle, la proposition de loi prévoit :

- l’élection de 60 % des députés au scrutin majoritaire à deux tours, dans des circonscriptions redessinées et donc plus vastes ;
- l’élection des 40 % restants à la proportionnelle, sur des listes régionales ;
- un seuil de 5 % des suffrages exprimés pour obtenir des sièges à la proportionnelle ;
- le maintien du nombre total de députés à 577.

Le texte ne comporte en revanche plus de « prime majoritaire », ce bonus de sièges accordé à la liste arrivée en tête que certains groupes réclamaient pour garantir des majorités stables. C’est précisément sur ce point que le débat s’annonce le plus vif.

> « La proportionnelle n’est pas une fin en soi. C’est un outil pour que chaque électeur ait le sentiment que son vote compte. Aujourd’hui, des millions de Français votent sans jamais être représentés. Cela nourrit l’abstention et la colère. »
> — Antoine Delorme, rapporteur de la proposition de loi

## Une majorité introuvable

Sur le papier, une majorité d’électeurs se dit favorable à une dose de proportionnelle, selon la plupart des enquêtes d’opinion publiées ces dernières années. Au Palais-Bourbon, l’arithmétique est nettement plus incertaine. Les groupes favorables au principe s’opposent sur les modalités, et plusieurs députés redoutent de voir disparaître leur circonscription dans le redécoupage.

### Les lignes de fracture

Trois désaccords majeurs structurent le débat :

1. **La part de proportionnelle.** Certains groupes jugent 40 % insuffisant et plaident pour une proportionnelle intégrale ; d’autres estiment qu’au-delà de 20 % le lien entre l’élu et son territoire serait rompu.
2. **Le niveau des listes.** Des listes régionales favorisent l’ancrage local ; une liste nationale garantirait une représentation plus fidèle des rapports de force, mais renforcerait le poids des états-majors partisans.
3. **La prime majoritaire.** Ses partisans y voient une assurance contre la paralysie ; ses détracteurs, une distorsion qui viderait la réforme de son sens.

« Chacun est pour la proportionnelle, à condition que ce soit la sienne », résume, non sans ironie, un député expérimenté de la commission des lois. Au sein même des groupes, les consignes de vote restent floues, et plusieurs présidents de groupe ont laissé entendre qu’ils accorderaient la liberté de vote à leurs membres.

### Le gouvernement en retrait

L’exécutif, lui, se garde de prendre trop ouvertement parti. Le ministre chargé des relations avec le Parlement a fait savoir que le gouvernement s’en remettrait à la « sagesse de l’Assemblée » sur la plupart des amendements. Une prudence qui traduit l’embarras d’une équipe gouvernementale elle-même partagée sur le sujet, et soucieuse de ne pas fragiliser des équilibres parlementaires déjà précaires.

## Le spectre des réformes avortées

La question n’est pas nouvelle. Depuis le scrutin proportionnel départemental utilisé lors des élections législatives de 1986, avant un retour rapide au scrutin majoritaire, l’idée revient régulièrement dans le débat public. Plusieurs projets de réforme ont été annoncés, parfois déposés, sans jamais aboutir. Les constitutionnalistes rappellent que le mode de scrutin des députés relève de la loi ordinaire, ce qui rend une réforme techniquement plus simple qu’une révision de la Constitution, mais aussi plus exposée aux changements de majorité.

Pour les spécialistes du droit électoral, l’enjeu dépasse la seule technique. « Un mode de scrutin n’est jamais neutre, rappelle une professeure de droit public de l’université de Bordeaux. Il façonne les alliances, la manière de faire campagne, la relation entre l’élu et ses électeurs. Changer les règles, c’est changer la culture politique du pays. »

## Un calendrier serré

Si le texte est adopté par l’Assemblée, il devra encore être examiné par le Sénat, où la majorité s’est montrée jusqu’ici très réservée. Une éventuelle entrée en vigueur avant les prochaines élections législatives supposerait donc un accord rapide entre les deux chambres, et sans doute une commission mixte paritaire. Le Conseil constitutionnel pourrait par ailleurs être saisi, notamment sur la question de l’égalité devant le suffrage dans le futur redécoupage.

D’ici là, plus de 900 amendements ont été déposés. Les débats, qui peuvent être suivis sur le [site de l’Assemblée nationale](https://www.example.org/assemblee-debats-proportionnelle), s’annoncent longs. Le vote solennel est prévu la semaine suivante, et tout laisse penser qu’il se jouera à quelques voix près.`,
  },
  {
    key: 'a-recrutement-ia-cadres',
    title: 'Recrutement : quand l’intelligence artificielle trie les CV, les candidats changent de stratégie',
    standfirst:
      'Logiciels de présélection, entretiens vidéo analysés, lettres de motivation générées en quelques secondes : l’IA bouleverse l’embauche des cadres. Enquête auprès de recruteurs et de candidats, à Lyon et ailleurs.',
    section: 'economie/emploi',
    authors: ['sophie-nguyen'],
    tags: ['recrutement', 'intelligence-artificielle', 'lyon'],
    status: 'published',
    publishOffsetHours: -142,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/recrutement-ia-entretien.jpg',
      alt: 'Une candidate passe un entretien en visioconférence depuis un ordinateur portable',
      caption: 'De plus en plus d’entreprises recourent à des outils automatisés dès les premières étapes du recrutement.',
      credit: 'Photo : Camille Arnaud / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-meridia-modele-ouvert', 'a-marseille-batteries-levee'],
    external: [
      {
        url: 'https://www.insee.fr',
        title: 'Insee – Institut national de la statistique et des études économiques',
        description: 'Statistiques officielles sur l’emploi, le chômage et les salaires en France.',
      },
    ],
    body: `Claire a envoyé quarante-deux candidatures en deux mois. Ingénieure qualité de 34 ans, installée à Lyon, elle a fini par comprendre pourquoi la plupart restaient sans réponse. « Mes CV n’étaient jamais lus par un humain, raconte-t-elle. Ils étaient écartés en quelques secondes par un logiciel parce qu’il manquait tel mot-clé ou parce que la mise en page ne lui plaisait pas. » Depuis, elle adapte chaque candidature à l’offre, avec l’aide… d’un assistant conversationnel. Son histoire résume une transformation silencieuse mais profonde du marché de l’emploi des cadres : l’intelligence artificielle est désormais présente des deux côtés de la table.

## Des outils désormais omniprésents

Les logiciels de gestion des candidatures existent depuis longtemps. Ce qui change, c’est leur capacité à *évaluer*, et non plus seulement à classer. Les nouvelles générations d’outils résument les profils, attribuent des scores de correspondance avec le poste, suggèrent des questions d’entretien, voire analysent les réponses écrites des candidats.

Selon une enquête menée auprès de 800 responsables des ressources humaines par un cabinet de conseil lyonnais, Talentis Conseil, l’usage de ces outils progresse rapidement dans les grandes entreprises comme dans les PME.

| Usage de l’IA dans le recrutement | Grandes entreprises | PME |
| --- | --- | --- |
| Tri automatique des CV | 68 % | 31 % |
| Rédaction des offres d’emploi | 74 % | 52 % |
| Analyse d’entretiens vidéo | 19 % | 4 % |
| Planification des entretiens | 61 % | 27 % |
| Aucun usage déclaré | 9 % | 38 % |

« Pour un poste de chef de projet publié sur les grands sites d’emploi, nous recevons parfois plus de 600 candidatures en une semaine, explique Karim Aït-Saïd, directeur des ressources humaines d’un groupe de services lyonnais. Sans outil de présélection, c’est tout simplement ingérable. »

## Des candidats qui s’arment à leur tour

Face à des machines, les candidats ont sorti leurs propres outils. Lettres de motivation générées automatiquement, CV réécrits pour reprendre le vocabulaire exact de l’annonce, simulations d’entretien avec un assistant virtuel : les pratiques se sont banalisées en quelques mois.

Résultat, les recruteurs se retrouvent noyés sous des candidatures de plus en plus homogènes. « Toutes les lettres se ressemblent, elles sont parfaitement écrites et ne disent absolument rien de la personne », soupire une chargée de recrutement d’un cabinet parisien. Certaines entreprises en tirent les conséquences et suppriment purement et simplement la lettre de motivation, au profit de questions courtes ou de mises en situation.

> « On assiste à une course aux armements absurde : des machines qui écrivent pour d’autres machines qui lisent. Au milieu, le candidat et le recruteur ont de plus en plus de mal à se rencontrer. »
> — Élodie Marchal, sociologue du travail à l’université Lumière Lyon 2

## Le risque des discriminations automatisées

Le recours croissant à ces outils soulève une question juridique et éthique majeure : celle des biais. Un algorithme entraîné sur les recrutements passés d’une entreprise risque de reproduire, voire d’amplifier, les discriminations qui les ont marqués. Un parcours atypique, une interruption de carrière liée à une maternité ou un diplôme obtenu à l’étranger peuvent suffire à faire chuter un score.

Le cadre légal existe pourtant. Le Code du travail interdit toute discrimination à l’embauche et impose que les candidats soient informés des méthodes utilisées pour les évaluer. Le règlement européen sur l’intelligence artificielle classe par ailleurs les systèmes utilisés pour le recrutement parmi les usages « à haut risque », soumis à des obligations renforcées de transparence, de contrôle humain et de documentation. Mais, sur le terrain, peu de candidats savent qu’ils peuvent demander des explications sur une décision automatisée.

### Ce que les candidats peuvent faire

Les spécialistes interrogés par *Le Kiosque* recommandent plusieurs réflexes :

- adapter son CV au vocabulaire de l’annonce, sans tomber dans le copier-coller ;
- privilégier une mise en page simple, lisible par les logiciels ;
- ne pas hésiter à demander, en cas de refus, si une décision automatisée a été prise ;
- miser sur le réseau et la recommandation, qui contournent les filtres automatiques.

## Revaloriser la part humaine

Certaines entreprises font le chemin inverse. Une société d’ingénierie de la région lyonnaise a ainsi décidé de faire lire chaque candidature par un recruteur, quitte à allonger les délais. « Nous avons découvert que notre outil écartait des profils excellents, simplement parce qu’ils décrivaient leur expérience avec d’autres mots, raconte sa directrice générale. Nous avons perdu des talents sans le savoir. »

Pour Élodie Marchal, l’enjeu dépasse la seule efficacité. « Le recrutement n’est pas qu’un appariement de compétences, c’est aussi une rencontre, un pari sur une personne. Si l’on confie tout aux machines, on risque de recruter toujours les mêmes profils. » Les données publiques de l’[Insee sur l’emploi des cadres](https://www.example.org/insee-emploi-cadres) montrent pourtant que les tensions de recrutement persistent dans de nombreux secteurs : les entreprises auraient tout intérêt à ne pas se priver de candidats simplement parce qu’ils ne rentrent pas dans les cases.

Claire, elle, a fini par décrocher un poste. Par l’intermédiaire d’un ancien collègue, qui a transmis son CV en main propre.`,
  },
  {
    key: 'a-marseille-batteries-levee',
    title: 'À Marseille, la start-up Phocéa Stockage lève 48 millions d’euros pour ses batteries au sodium',
    standfirst:
      'Fondée il y a quatre ans dans les quartiers nord de la ville, la jeune entreprise veut industrialiser une batterie sans lithium ni cobalt destinée au stockage d’électricité renouvelable. Un tour de table qui en fait l’une des pépites de la transition énergétique en Méditerranée.',
    section: 'economie/entreprises',
    authors: ['yanis-benhamou'],
    tags: ['startups', 'energie', 'marseille'],
    status: 'published',
    publishOffsetHours: -215,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/phocea-stockage-usine-marseille.jpg',
      alt: 'Des modules de batteries alignés dans un atelier industriel à Marseille',
      caption: 'Dans l’atelier pilote de Phocéa Stockage, dans le 15e arrondissement de Marseille, les premiers modules sortent de la ligne d’assemblage.',
      credit: 'Photo : Inès Bouchard / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-canicule-villes-adaptation', 'a-recrutement-ia-cadres'],
    external: [],
    body: `Il y a quatre ans, ils étaient trois, installés dans un ancien entrepôt de pièces détachées du 15e arrondissement de Marseille. Ils sont aujourd’hui cent dix. Phocéa Stockage, spécialiste des batteries au sodium, annonce ce lundi une levée de fonds de **48 millions d’euros**, menée par un fonds d’investissement européen spécialisé dans la transition énergétique, avec la participation de ses actionnaires historiques et d’un grand groupe industriel régional. De quoi financer la construction de sa première usine et, espère son fondateur, changer d’échelle.

## Une batterie sans lithium

La technologie de Phocéa Stockage repose sur un principe connu depuis longtemps des chimistes, mais longtemps jugé moins performant que le lithium-ion : le remplacement du lithium par du sodium, un élément abondant et bon marché, présent notamment dans le sel. Les batteries obtenues sont plus lourdes et stockent moins d’énergie à volume égal, ce qui les rend peu adaptées aux voitures électriques. Elles présentent en revanche de sérieux atouts pour le stockage stationnaire, c’est-à-dire les installations qui emmagasinent l’électricité produite par les parcs solaires et éoliens pour la restituer quand le soleil se couche ou que le vent tombe.

« Pour une batterie qui reste posée au sol pendant vingt ans, le poids n’a aucune importance, explique Mehdi Saadi, cofondateur et directeur général de l’entreprise. Ce qui compte, c’est le coût, la durée de vie et la sécurité. Et sur ces trois critères, le sodium a de vrais arguments. »

Selon l’entreprise, ses cellules :

- ne contiennent ni lithium, ni cobalt, ni nickel, des métaux dont l’approvisionnement dépend largement de pays extérieurs à l’Union européenne ;
- supportent plus de 6 000 cycles de charge et de décharge ;
- présentent un risque d’emballement thermique nettement plus faible que les batteries lithium-ion ;
- fonctionnent correctement à des températures élevées, un atout sous le climat méditerranéen.

## Ce que va financer la levée de fonds

L’essentiel des fonds servira à construire une usine sur un terrain de douze hectares situé dans la zone industrialo-portuaire de Fos-sur-Mer. Le calendrier présenté par la direction est ambitieux :

1. **D’ici à la fin de l’année**, finalisation des études et dépôt des demandes d’autorisation environnementale.
2. **L’an prochain**, début des travaux et recrutement d’environ 150 personnes, techniciens et opérateurs pour la plupart.
3. **Dans trois ans**, mise en service d’une première ligne de production d’une capacité annuelle de 1,5 gigawattheure.
4. **À plus long terme**, extension possible du site si les commandes suivent.

L’entreprise affirme disposer déjà de lettres d’intention de plusieurs développeurs de projets solaires dans le sud de l’Europe et d’un gestionnaire de réseau insulaire. Aucune commande ferme n’a toutefois été rendue publique, un point sur lequel les investisseurs ont, selon nos informations, beaucoup insisté lors des négociations.

> « Nous n’investissons pas dans une promesse de laboratoire. Phocéa a démontré sa technologie à l’échelle pilote. Le défi, désormais, c’est l’industrialisation : produire beaucoup, de manière fiable, à un coût compétitif. C’est là que se jouent la plupart des échecs. »
> — Anne-Sophie Verdier, associée du fonds qui mène le tour de table

## Face à la concurrence asiatique

Le chemin reste semé d’embûches. Les industriels chinois, qui dominent déjà le marché mondial des batteries lithium-ion, investissent massivement dans la technologie sodium-ion et ont commencé à la produire en grande série. Leurs coûts de production, soutenus par des économies d’échelle considérables, sont difficiles à concurrencer pour une entreprise qui n’a pas encore construit son usine.

L’histoire récente de l’industrie européenne des batteries incite d’ailleurs à la prudence. Plusieurs projets de *gigafactories* lancés en fanfare sur le continent ont pris du retard, réduit leurs ambitions ou été purement et simplement abandonnés, faute de clients ou de financements suffisants. « L’Europe a beaucoup annoncé et peu livré dans ce secteur, reconnaît un analyste spécialisé. Les start-up qui s’en sortiront sont celles qui auront des clients avant d’avoir des usines. »

## Un symbole pour les quartiers nord

Au-delà des enjeux industriels, l’aventure de Phocéa Stockage a une portée symbolique à Marseille. L’entreprise a choisi de maintenir son siège et son centre de recherche dans les quartiers nord, où le taux de chômage reste bien supérieur à la moyenne nationale. Elle a noué un partenariat avec un lycée professionnel voisin et accueille chaque année une dizaine d’apprentis.

« On nous a souvent dit qu’une entreprise de haute technologie n’avait rien à faire ici, sourit Mehdi Saadi, qui a grandi à quelques rues de là. Nous voulons prouver le contraire. » Avant de nuancer : « Mais il ne faut pas se raconter d’histoires. Si nous ne sommes pas compétitifs, la sympathie ne suffira pas. » Les premières cellules produites à Fos sont attendues dans trois ans. D’ici là, la start-up devra convaincre ses futurs clients, et sans doute lever à nouveau des fonds.`,
  },
  {
    key: 'a-canicule-villes-adaptation',
    title: 'Canicules : comment les grandes villes françaises se préparent à vivre à 50 °C',
    standfirst:
      'Cours d’école végétalisées, îlots de fraîcheur, horaires décalés : à Paris, Lyon ou Marseille, l’adaptation aux fortes chaleurs devient une politique publique à part entière. Mais le rythme des transformations reste loin de celui du réchauffement.',
    section: 'sciences/climat',
    authors: ['malik-ouedraogo'],
    tags: ['climat', 'paris', 'cop31'],
    status: 'published',
    publishOffsetHours: -330,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/canicule-paris-ilot-fraicheur.jpg',
      alt: 'Des enfants jouent sous des brumisateurs dans une cour d’école végétalisée à Paris',
      caption: 'Une cour d’école transformée en « îlot de fraîcheur » dans le 19e arrondissement de Paris, ouverte au public pendant l’été.',
      credit: 'Photo : Lucas Fontaine / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-marseille-batteries-levee'],
    external: [
      {
        url: 'https://www.ipcc.ch',
        title: 'GIEC – Groupe d’experts intergouvernemental sur l’évolution du climat',
        description: 'Les rapports d’évaluation scientifique du GIEC sur le changement climatique, ses impacts et l’adaptation.',
      },
      {
        url: 'https://meteofrance.com',
        title: 'Météo-France',
        description: 'Prévisions, vigilance canicule et projections climatiques pour la France.',
      },
    ],
    body: `Le chiffre a longtemps semblé relever de la science-fiction. Il figure désormais noir sur blanc dans les documents de planification de plusieurs grandes villes françaises : **50 °C**. C’est la température que Paris, Lyon ou Marseille pourraient connaître lors d’une canicule extrême d’ici à la fin du siècle, selon les scénarios de réchauffement les plus pessimistes. Un seuil que les collectivités commencent à intégrer dans leurs exercices de crise, et qui oblige à repenser en profondeur la manière dont on construit, dont on travaille et dont on soigne en ville.

## L’îlot de chaleur urbain, un ennemi bien identifié

Les villes souffrent davantage de la chaleur que les campagnes qui les entourent. Le phénomène est connu des climatologues sous le nom d’*îlot de chaleur urbain* : le béton, l’asphalte et les façades accumulent la chaleur pendant la journée et la restituent la nuit, empêchant l’air de se rafraîchir. Lors des épisodes caniculaires, l’écart de température nocturne entre le centre de Paris et la grande couronne peut dépasser 8 °C.

Or ce sont précisément les nuits chaudes qui sont les plus dangereuses pour la santé. Sans répit nocturne, l’organisme ne récupère pas, et les personnes âgées, les jeunes enfants ou les malades chroniques sont particulièrement exposés. Santé publique France attribue plusieurs milliers de décès supplémentaires aux canicules de ces dernières années.

![Carte thermique de Paris montrant des températures de surface plus élevées dans les quartiers denses](https://cdn.lekiosque.example/images/2026/carte-thermique-paris.jpg)

*Les relevés satellitaires montrent des écarts de température de surface considérables entre les quartiers minéralisés et les espaces verts.*

## Des solutions connues, mais lentes à déployer

Les réponses sont documentées depuis longtemps par les urbanistes et les chercheurs. Les villes françaises les déploient à des rythmes très variables :

- **Végétaliser** : planter des arbres, qui rafraîchissent l’air par leur ombre et par l’évaporation de l’eau de leurs feuilles ;
- **Désimperméabiliser** : remplacer l’asphalte par des revêtements perméables qui retiennent l’eau et limitent l’échauffement ;
- **Éclaircir** : peindre les toits et les chaussées en couleurs claires pour réfléchir le rayonnement solaire ;
- **Ouvrir des refuges** : aménager des lieux climatisés ou naturellement frais accessibles à tous, comme les bibliothèques, les églises ou certains parkings souterrains.

À Paris, le programme de transformation des cours d’école en « oasis » a déjà concerné plusieurs centaines d’établissements. Lyon a lancé un plan de plantation de plusieurs dizaines de milliers d’arbres, et Marseille expérimente des voiles d’ombrage dans certaines rues du centre. Mais le temps de la ville n’est pas celui du climat : un arbre planté aujourd’hui mettra quinze à vingt ans à offrir une ombre significative.

> « Nous rattrapons un retard de plusieurs décennies pendant lesquelles on a construit comme si le climat n’allait pas changer. Chaque nouvelle opération d’aménagement devrait désormais être pensée pour les étés de 2060, pas pour ceux d’hier. »
> — Isabelle Caradec, urbaniste et chercheuse en climatologie urbaine

## Travailler, soigner, circuler autrement

L’adaptation ne concerne pas seulement l’espace public. Elle touche aussi l’organisation de la vie quotidienne.

### Le travail en première ligne

Les ouvriers du bâtiment, les livreurs, les agents de propreté ou les saisonniers agricoles sont les plus exposés. Plusieurs collectivités ont instauré des horaires décalés pour leurs agents pendant les alertes canicule, avec des prises de poste dès l’aube. Les syndicats réclament un cadre national plus contraignant, qui fixerait des seuils de température au-delà desquels certaines tâches seraient suspendues.

### Les hôpitaux sous tension

Les établissements de santé, dont beaucoup occupent des bâtiments anciens mal isolés, doivent gérer à la fois l’afflux de patients et la chaleur dans leurs propres murs. Certains services ont enregistré des températures supérieures à 35 °C dans les chambres lors des derniers étés. L’équipement en climatisation progresse, mais il alourdit la facture énergétique et rejette de la chaleur à l’extérieur, ce qui aggrave l’îlot de chaleur.

## Un enjeu désormais international

La question de l’adaptation urbaine s’est imposée dans les négociations climatiques. Elle devrait occuper une place importante lors de la COP31, où plusieurs réseaux de villes entendent plaider pour un accès facilité aux financements internationaux. Les derniers rapports du [GIEC](https://www.example.org/giec-rapport-villes) rappellent que l’adaptation a ses limites : au-delà d’un certain niveau de réchauffement, aucune plantation d’arbres ne suffira à rendre certaines villes vivables l’été.

D’où l’insistance des scientifiques sur un point : l’adaptation ne remplace pas la réduction des émissions de gaz à effet de serre, elle la complète. Les projections de Météo-France montrent que l’intensité des canicules futures dépendra directement de la trajectoire d’émissions suivie dans les prochaines décennies. Se préparer à 50 °C, c’est aussi tout faire pour ne jamais les atteindre.`,
  },
  {
    key: 'a-cannes-premier-film-camargue',
    title: '« Les Heures salées », le premier film qui a bouleversé la Croisette',
    standfirst:
      'Présenté dans une section parallèle du Festival de Cannes, le premier long-métrage de Salomé Ferrand, tourné dans les salins de Camargue avec des comédiens non professionnels, a reçu une ovation de dix minutes. Rencontre avec une cinéaste qui filme le travail et le temps.',
    section: 'culture/cinema',
    authors: ['amandine-roux'],
    tags: ['cinema', 'festival-de-cannes'],
    status: 'published',
    publishOffsetHours: -470,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/heures-salees-camargue.jpg',
      alt: 'Un homme marche au bord d’un bassin de sel rose au coucher du soleil en Camargue',
      caption: 'Une image des « Heures salées », tourné dans les salins d’Aigues-Mortes pendant deux étés.',
      credit: 'Photo : Films de l’Étang / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-rentree-premiers-romans'],
    external: [
      {
        url: 'https://www.cnc.fr',
        title: 'CNC – Centre national du cinéma et de l’image animée',
        description: 'L’établissement public qui soutient la création, la production et la diffusion des films en France, notamment les premiers longs-métrages.',
      },
    ],
    body: `Il y a, au milieu des *Heures salées*, une scène de près de six minutes sans un mot. Un homme d’une soixantaine d’années ratisse le sel au bord d’un bassin, à l’aube, tandis que la lumière vire lentement du gris au rose. Aucune musique, aucun mouvement de caméra. Dans la salle, lors de la première projection à Cannes, personne n’a bougé. Au générique de fin, le public s’est levé pour une ovation de dix minutes, et Salomé Ferrand, 31 ans, a fondu en larmes. Le premier long-métrage de cette jeune réalisatrice originaire de Nîmes s’est imposé comme l’une des révélations de cette édition.

## Une famille, un métier, une fin annoncée

Le film suit pendant une saison la famille Roubaud, paludiers de père en fils dans les salins d’Aigues-Mortes. Joseph, le père, sait que l’exploitation ne lui survivra pas : la montée de la mer grignote les digues, les contrats avec l’industriel qui rachète le sel se réduisent chaque année, et son fils, Théo, rêve de partir à Montpellier. Entre eux, la mère, Agnès, tente de maintenir un équilibre de plus en plus fragile.

Le scénario tient en quelques lignes, et c’est précisément sa force. Salomé Ferrand ne cherche ni le drame spectaculaire ni la démonstration politique. Elle filme des gestes, des silences, des repas, des disputes avortées. Le changement climatique, omniprésent, n’est jamais nommé : il est dans l’eau qui monte un peu plus chaque hiver, dans le sel qui cristallise mal après un été trop pluvieux, dans les conversations inquiètes au café du village.

> « Je ne voulais pas faire un film sur le climat. Je voulais faire un film sur des gens dont la vie est en train de disparaître, et qui continuent à se lever tous les matins pour faire leur travail. Le climat, c’est ce qui arrive autour d’eux. »
> — Salomé Ferrand, réalisatrice

## Des comédiens venus du terrain

Pour incarner la famille Roubaud, la réalisatrice a fait un choix radical : aucun des trois rôles principaux n’est tenu par un comédien professionnel. Joseph est interprété par Marcel Aubanel, ancien saunier à la retraite rencontré lors des repérages. Agnès, par une aide-soignante d’Arles qui n’avait jamais tourné. Théo, par un lycéen de Saint-Gilles repéré lors d’un casting sauvage dans un club de handball.

Le résultat est saisissant de justesse. Marcel Aubanel, en particulier, impose une présence physique rare, faite de lenteur et d’économie de gestes. Plusieurs critiques étrangers l’ont déjà cité parmi les interprétations marquantes du festival. Interrogé sur la Croisette, l’intéressé s’en amuse : « Je n’ai rien joué du tout. J’ai fait ce que j’ai fait toute ma vie, et ils ont filmé. »

### Un tournage au rythme des saisons

Le tournage s’est étalé sur deux étés, afin de capter l’ensemble du cycle de la récolte du sel. Une contrainte lourde pour une petite production, qui explique en partie les six années écoulées entre l’écriture du scénario et la présentation du film. Les principales étapes :

1. **Écriture et repérages** : trois ans d’immersion dans les salins, à partager le quotidien des paludiers.
2. **Financement** : une avance sur recettes du CNC, l’aide de la région Occitanie et une coproduction belge.
3. **Tournage** : deux fois neuf semaines, avec une équipe réduite à une douzaine de personnes.
4. **Montage** : près d’un an, pour réduire quelque 200 heures de rushes à un film de 1 h 52.

## Une esthétique qui divise déjà

Tout le monde ne partage pas l’enthousiasme. Quelques voix, dans la presse spécialisée, ont reproché au film sa lenteur et un certain goût pour la belle image, les couchers de soleil sur les bassins roses frôlant parfois la carte postale. Le reproche n’est pas infondé : la photographie, signée par le chef opérateur belge Arnaud Lefèvre, est d’une beauté qui peut sembler appuyée. Mais elle n’efface jamais la dureté du travail ni la lente érosion d’un monde.

*Les Heures salées* s’inscrit dans une tradition française du cinéma du réel et de la fiction documentée, tout en affirmant un regard singulier. On pense parfois aux grands films paysans des années 1970, parfois aux récits d’apprentissage contemporains. Mais le film trouve sa propre respiration, attentive et sans emphase.

## Une sortie en salles à l’automne

Acheté pendant le festival par un distributeur indépendant, le film sortira en salles à l’automne, dans une combinaison que son distributeur espère large. Plusieurs ventes à l’étranger ont été conclues, notamment en Italie, en Espagne et au Japon. La question d’une récompense reste ouverte : *Les Heures salées* concourt pour la Caméra d’or, qui distingue le meilleur premier film toutes sections confondues.

Pour Salomé Ferrand, l’essentiel est ailleurs. « Les Roubaud existent, dit-elle. Pas sous ce nom, mais ils existent, et dans dix ans, peut-être qu’il n’y aura plus personne pour faire ce métier. Si le film peut laisser une trace de ça, j’aurai fait mon travail. » Les amateurs pourront retrouver la [programmation complète de la section](https://www.example.org/cannes-programmation) et, bientôt, le film en salles.`,
  },
  {
    key: 'a-rentree-premiers-romans',
    title: 'Rentrée littéraire : les premiers romans, grands paris des éditeurs',
    standfirst:
      'Moins de titres, mais des primo-romanciers toujours nombreux : la rentrée de septembre confirme la prudence du monde de l’édition. Tour d’horizon des débuts qui font parler, et des raisons pour lesquelles les maisons continuent de miser sur l’inconnu.',
    section: 'culture/livres',
    authors: ['amandine-roux'],
    tags: ['edition', 'paris'],
    status: 'published',
    publishOffsetHours: -655,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/rentree-litteraire-librairie.jpg',
      alt: 'Des piles de romans de la rentrée littéraire sur une table de librairie parisienne',
      caption: 'Dans une librairie du 6e arrondissement de Paris, les tables de la rentrée se remplissent dès la fin du mois d’août.',
      credit: 'Photo : Jeanne Dutertre / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-cannes-premier-film-camargue'],
    external: [
      {
        url: 'https://centrenationaldulivre.fr',
        title: 'Centre national du livre',
        description: 'L’établissement public qui soutient les auteurs, les éditeurs et les librairies, et publie des études sur la lecture en France.',
      },
    ],
    body: `Chaque fin d’été, le rituel se répète. Dans les librairies, les tables se couvrent de couvertures crème, blanches ou jaunes ; dans les rédactions, les services de presse s’empilent sur les bureaux. La rentrée littéraire de septembre compte cette année un peu moins de 460 romans, selon les décomptes des professionnels, soit un nouveau recul après plusieurs années de baisse. Mais une donnée résiste : près de quatre-vingts d’entre eux sont des **premiers romans**. Un chiffre presque stable, qui dit beaucoup de l’économie singulière de l’édition française.

## Moins de livres, une prudence assumée

La réduction du nombre de titres n’est pas un accident. Depuis plusieurs années, les éditeurs et les libraires dénoncent la surproduction : trop de livres, trop peu de temps pour les défendre, et des romans qui disparaissent des tables en quelques semaines faute de lecteurs. La plupart des grandes maisons ont donc resserré leurs programmes.

« Nous publions moins pour mieux accompagner chaque livre, résume la directrice littéraire d’une maison parisienne de taille moyenne. Un roman qui sort en septembre a environ six semaines pour trouver son public. Si nous en publions quinze, nous ne pouvons en défendre correctement que trois ou quatre. »

Ce recentrage touche d’abord les auteurs installés aux ventes décevantes. Les débutants, eux, continuent de susciter l’appétit des éditeurs, pour des raisons à la fois littéraires et économiques :

- un premier roman coûte généralement moins cher à acquérir, avec des avances plus modestes ;
- il bénéficie d’une curiosité particulière de la presse et des libraires ;
- il concourt à des prix spécifiques, qui offrent une visibilité précieuse ;
- et il représente, pour une maison, un investissement de long terme sur un auteur.

## Les débuts qui font parler

Parmi les premiers romans de cette rentrée, quelques titres se détachent déjà, portés par le bouche-à-oreille des libraires et les premières critiques.

### « La Ligne des crêtes », de Noémie Vasseur

Ancienne professeure de lettres dans un lycée de l’Ardèche, Noémie Vasseur raconte l’été où une adolescente découvre que son père, berger respecté du village, entretient depuis vingt ans une seconde famille de l’autre côté de la montagne. Écrit dans une langue sobre et précise, le livre évite les effets faciles et tient jusqu’au bout sur une tension sourde. *Une révélation*, selon plusieurs libraires lyonnais qui l’ont mis en avant dès août.

### « Ce qui reste des usines », de Karim Benslimane

Le premier roman de ce quadragénaire ancien ouvrier de la sidérurgie lorraine alterne les voix de trois générations d’une même famille, du grand-père arrivé d’Algérie dans les années 1960 au petit-fils développeur informatique à Paris. Ambitieux, parfois inégal, le livre impressionne par sa capacité à faire entendre des voix rarement présentes en littérature.

### « Nuits blanches à Belleville », d’Ambre Tissier

Plus léger en apparence, ce roman choral suit une nuit d’été dans un café de l’Est parisien, au fil des rencontres entre habitués, serveurs et passants. Un exercice de style réussi, drôle et mélancolique, qui confirme le talent d’une autrice jusqu’ici connue pour ses nouvelles publiées en revue.

## L’épreuve des prix littéraires

Pour ces débutants, l’automne sera aussi celui des premières sélections. Les grands prix publient leurs listes dès septembre, et figurer dans l’une d’elles peut changer radicalement le destin d’un livre : un bandeau rouge sur la couverture se traduit souvent par des dizaines de milliers d’exemplaires supplémentaires.

> « Le système des prix est cruel, mais il fonctionne. Sans lui, beaucoup de premiers romans passeraient totalement inaperçus. Le problème, c’est qu’il concentre l’attention sur une poignée de titres et laisse tous les autres dans l’ombre. »
> — Bertrand Lacaze, libraire à Bordeaux et membre d’un jury de lecteurs

Plusieurs initiatives tentent de corriger cette concentration. Des prix de libraires, des prix de lycéens ou des prix régionaux offrent une visibilité différente, souvent plus durable. Le [Centre national du livre](https://www.example.org/cnl-aides-auteurs) soutient par ailleurs les auteurs par des bourses d’écriture qui permettent à certains primo-romanciers de consacrer du temps à leur deuxième livre, souvent plus difficile encore à écrire que le premier.

## Et le lecteur dans tout ça ?

Reste une question de fond : qui lit ces romans ? Les études sur les pratiques culturelles montrent une érosion lente mais continue du temps consacré à la lecture de livres, en particulier chez les jeunes adultes, au profit des écrans. Les grands lecteurs, ceux qui achètent plus de vingt livres par an, sont de moins en moins nombreux et de plus en plus âgés.

Les éditeurs se veulent pourtant optimistes. « Les lecteurs sont là, assure la directrice littéraire citée plus haut. Ils sont simplement plus exigeants et plus dispersés. À nous de leur donner de bonnes raisons de pousser la porte d’une librairie. » Un premier roman réussi en est peut-être la meilleure.`,
  },
  {
    key: 'a-six-nations-velodrome-ecosse',
    title: 'Tournoi des Six Nations : au Vélodrome, le XV de France joue déjà sa saison face à l’Écosse',
    standfirst:
      'Battus à Dublin il y a deux semaines, les Bleus n’ont plus droit à l’erreur. À Marseille, le sélectionneur mise sur une charnière inédite et sur la ferveur d’un stade qui a souvent porté l’équipe de France.',
    section: 'sport',
    authors: ['julien-castagne'],
    tags: ['rugby', 'tournoi-des-six-nations', 'marseille'],
    status: 'scheduled',
    publishOffsetHours: 20,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/xv-de-france-velodrome-ecosse.jpg',
      alt: 'Des joueurs du XV de France à l’entraînement sur la pelouse du Stade Vélodrome',
      caption: 'Dernier entraînement du XV de France au Stade Vélodrome, à la veille du match contre l’Écosse.',
      credit: 'Photo : Romain Péchenard / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-marseille-batteries-levee'],
    external: [],
    body: `Il y a des matchs qui ne se jouent pas seulement sur le terrain. Samedi soir, au Stade Vélodrome de Marseille, le XV de France affronte l’Écosse pour la troisième journée du **Tournoi des Six Nations**, et tout le monde, dans le camp tricolore, a conscience de l’enjeu. Après la lourde défaite concédée à Dublin (13-31), une deuxième contre-performance enterrerait définitivement les espoirs de titre et ouvrirait une crise dont le staff se passerait volontiers à dix-huit mois de la prochaine Coupe du monde.

## Dublin, un revers qui a laissé des traces

Personne n’a oublié la soirée irlandaise. Dominés dans le combat, incapables de conserver le ballon plus de trois temps de jeu, les Bleus avaient concédé quatre essais et encaissé leur plus large défaite dans le Tournoi depuis plusieurs saisons. Dans les jours qui ont suivi, les critiques ont plu sur la conquête, jugée friable, et sur une stratégie d’occupation du terrain trop prévisible.

Le sélectionneur, Bernard Lasserre, n’a pas cherché d’excuses. « Nous avons été battus dans tous les secteurs. Il n’y a rien à ajouter, sinon que nous devons réagir », a-t-il déclaré lors de l’annonce de sa liste, mardi à Marcoussis. Une sobriété qui tranche avec ses habitudes, et qui dit la gravité du moment.

## Une charnière inédite

La principale surprise de la composition tient en deux noms. Pour la première fois, la charnière sera composée de **Mathis Dufau** à la mêlée et de **Lucas Ithurralde** à l’ouverture, deux joueurs de 23 ans qui ont éclaté cette saison en championnat mais n’ont jamais débuté ensemble un match international.

Le choix est audacieux. Dufau, formé à Pau, est réputé pour la vitesse de ses sorties de balle ; Ithurralde, passé par l’Aviron bayonnais, pour son jeu au pied millimétré et son sang-froid. « Ils se connaissent depuis les sélections de jeunes, ils parlent le même rugby, explique un membre du staff. On veut retrouver de la vitesse et du mouvement. Ils nous apportent exactement ça. »

> « On ne va pas se mentir, c’est un pari. Mais ces deux-là ont quelque chose que l’on ne peut pas enseigner : l’insouciance. Et contre l’Écosse, il faudra oser. »
> — Bernard Lasserre, sélectionneur du XV de France

Le reste du quinze de départ évolue peu. Le capitaine, le troisième-ligne Romain Etcheverry, retrouve sa place après une blessure à la cheville, et le pack est renforcé par le retour d’un pilier droit expérimenté, absent à Dublin.

## L’Écosse, un adversaire qui ne fait plus peur… en théorie

Longtemps considérée comme un adversaire à la portée des Bleus, l’Écosse a profondément changé au cours de la dernière décennie. Portée par une génération de trois-quarts particulièrement inspirés, elle pratique l’un des jeux les plus spectaculaires de l’hémisphère Nord et a plusieurs fois fait trembler les Français, y compris à domicile.

### Les clés du match

Pour s’imposer, le XV de France devra, selon les spécialistes que nous avons interrogés :

1. **Retrouver une conquête solide**, en touche comme en mêlée, pour priver les Écossais des ballons de contre-attaque qu’ils affectionnent.
2. **Gagner la bataille des rucks**, où l’Irlande avait fait la différence en ralentissant systématiquement les sorties de balle françaises.
3. **Limiter les fautes**, alors que les Bleus en ont concédé quatorze à Dublin, un chiffre rédhibitoire à ce niveau.
4. **Profiter du soutien du public**, dans une enceinte où l’équipe de France a souvent brillé.

## Marseille, terre de rugby d’un soir

Ce n’est pas la première fois que le XV de France pose ses valises au Vélodrome, et les joueurs le savent : l’ambiance y est souvent électrique. Plus de 65 000 billets ont été vendus en quelques heures, et la ville s’est parée de bleu cette semaine, des terrasses du Vieux-Port aux clubs amateurs des quartiers sud, qui ont organisé des écrans géants et des animations pour les plus jeunes.

« Marseille, c’est une ville de football, mais quand le XV de France vient, les gens répondent présent, s’enthousiasme le président d’un club de rugby du 9e arrondissement. Pour nos gamins, voir les Bleus ici, c’est un rêve. » La préfecture a annoncé un dispositif de sécurité renforcé autour du stade et conseillé aux supporters de privilégier les transports en commun.

Coup d’envoi samedi à 21 heures. Une victoire relancerait les Bleus avant la réception du pays de Galles ; une défaite les condamnerait à jouer les seconds rôles jusqu’à la fin du Tournoi. Entre les deux, il y a tout le poids d’une saison, et *l’insouciance* de deux jeunes gens de 23 ans.`,
  },
  {
    key: 'a-lyon-geothermie-reseau-chaleur',
    title: 'Sous Lyon, la géothermie profonde pour chauffer 40 000 logements sans gaz',
    standfirst:
      'La métropole lance des forages à plus de 2 000 mètres de profondeur pour alimenter son réseau de chaleur. Un chantier de dix ans, coûteux et incertain, qui pourrait devenir un modèle pour les grandes villes françaises.',
    section: 'sciences/climat',
    authors: ['malik-ouedraogo', 'yanis-benhamou'],
    tags: ['energie', 'climat', 'lyon'],
    status: 'draft',
    publishOffsetHours: 0,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/lyon-forage-geothermie.jpg',
      alt: 'Une tour de forage se dresse sur un chantier en périphérie de Lyon',
      caption: 'La tour de forage installée dans le sud de la métropole lyonnaise doit atteindre la nappe d’eau chaude à plus de 2 000 mètres.',
      credit: 'Photo : Hugo Delmas / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-canicule-villes-adaptation', 'a-marseille-batteries-levee'],
    external: [
      {
        url: 'https://www.ademe.fr',
        title: 'ADEME – Agence de la transition écologique',
        description: 'L’agence publique qui accompagne et finance les projets de chaleur renouvelable, dont la géothermie et les réseaux de chaleur.',
      },
    ],
    body: `Elle culmine à près de quarante mètres et tourne jour et nuit. Depuis le début du mois, une tour de forage s’élève sur un terrain vague du sud de la métropole de Lyon, entre une zone d’activité et l’autoroute. Son objectif : atteindre, à plus de 2 000 mètres sous la surface, une nappe d’eau naturellement chauffée à environ 80 °C par la chaleur de la Terre. Si les forages confirment le potentiel espéré, cette eau pourrait chauffer, d’ici une dizaine d’années, l’équivalent de **40 000 logements**, en remplacement du gaz naturel.

## Le pari de la chaleur souterraine

Le principe de la géothermie profonde est simple sur le papier. On pompe l’eau chaude contenue dans une couche géologique poreuse, on en récupère la chaleur à la surface grâce à un échangeur, puis on la réinjecte dans le sous-sol par un second puits. La chaleur ainsi captée alimente un réseau de canalisations qui distribue de l’eau chaude vers les immeubles, les hôpitaux ou les équipements publics raccordés.

La région parisienne exploite ce type de ressource depuis les années 1970, grâce à la nappe du Dogger, une couche calcaire qui s’étend sous une grande partie de l’Île-de-France. Plusieurs dizaines d’installations y chauffent aujourd’hui des centaines de milliers de logements. À Lyon, en revanche, le sous-sol est beaucoup moins bien connu, et c’est tout l’enjeu des forages en cours.

> « Nous savons qu’il y a de la chaleur, la question est de savoir si l’eau circule suffisamment dans la roche pour qu’on puisse l’exploiter de manière rentable. Tant que nous n’avons pas foré, personne ne peut le garantir. »
> — Hélène Rivoire, géologue chargée du projet au sein de la métropole

## Un investissement lourd et risqué

Le projet est estimé à environ 180 millions d’euros sur dix ans, en comptant les forages, la centrale de surface et l’extension du réseau de chaleur. Une somme considérable, financée par la métropole, par des subventions publiques et par l’opérateur du réseau. Le principal risque est géologique : si les premiers puits se révèlent décevants, une partie de l’investissement sera perdue.

Pour limiter ce risque, l’État a mis en place un mécanisme de garantie qui couvre une partie des pertes en cas d’échec des forages. « Sans cette garantie, aucun acteur privé n’accepterait de s’engager, explique un spécialiste du financement des énergies renouvelables. La géothermie profonde est une énergie formidable une fois en service, mais le ticket d’entrée est très élevé. »

### Les étapes du chantier

Le calendrier prévisionnel se découpe en plusieurs phases :

1. **Forage exploratoire**, jusqu’à la fin de l’année, pour confirmer la température et le débit de la nappe.
2. **Second puits et tests de production**, l’an prochain, si les premiers résultats sont concluants.
3. **Construction de la centrale** et raccordement au réseau existant, sur trois ans.
4. **Extension progressive du réseau** vers de nouveaux quartiers, jusqu’au début de la décennie suivante.

## Sortir du gaz, un impératif climatique

Le chauffage des bâtiments représente une part importante des émissions de gaz à effet de serre en France, en grande partie à cause du gaz naturel et du fioul encore utilisés dans des millions de logements. Les réseaux de chaleur alimentés par des énergies renouvelables, qu’il s’agisse de géothermie, de biomasse ou de chaleur récupérée sur des sites industriels, figurent parmi les leviers identifiés par les pouvoirs publics pour réduire ces émissions.

Les avantages sont nombreux :

- une énergie locale, disponible en permanence, indépendante de la météo et des marchés internationaux ;
- des prix plus stables pour les usagers, une fois l’investissement amorti ;
- des émissions de CO2 très faibles en fonctionnement ;
- une emprise au sol limitée, sans nuisance visuelle durable après les travaux.

Les inconvénients ne sont pas négligeables pour autant : nuisances sonores pendant les forages, risque, faible mais réel, de microséismes, et nécessité de densifier le réseau pour rentabiliser les installations. Des réunions publiques ont été organisées avec les riverains, dont certains s’inquiètent du bruit et de la circulation des camions.

## Un modèle pour d’autres villes ?

Plusieurs métropoles suivent le projet lyonnais avec attention. Strasbourg, Bordeaux ou encore Toulouse ont lancé ou étudient des programmes comparables, avec des contextes géologiques très différents. L’[ADEME](https://www.example.org/ademe-geothermie) estime que la géothermie pourrait fournir une part bien plus importante de la chaleur consommée en France qu’aujourd’hui, à condition d’améliorer la connaissance du sous-sol et de sécuriser les investissements.

À Lyon, la réponse viendra d’abord des entrailles de la terre. Les premiers résultats du forage exploratoire sont attendus avant la fin de l’année. « C’est un moment un peu vertigineux, reconnaît Hélène Rivoire. Des années de préparation, et tout se joue sur quelques mesures de température et de débit. » Réponse à 2 000 mètres de profondeur.`,
  },
];
