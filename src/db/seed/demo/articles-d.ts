import type { DemoArticle } from './types.js';

// Lot D : politique, international et sciences.
// Tous les noms de personnes, d’entreprises, de collectifs et les citations sont fictifs.

export const articlesD: DemoArticle[] = [
  {
    key: 'd-budget-delorme-amendements',
    title: 'Budget 2027 : Antoine Delorme veut « réparer » le projet du gouvernement avant le vote',
    standfirst:
      'Le rapporteur général de la commission des finances de l’Assemblée nationale dépose plus d’une centaine d’amendements pour rééquilibrer un texte jugé trop optimiste. Objectif affiché : éviter un nouvel épisode de blocage dans l’hémicycle.',
    section: 'actualites/politique',
    authors: ['helene-fabre'],
    tags: ['assemblee-nationale', 'antoine-delorme', 'paris'],
    status: 'published',
    publishOffsetHours: -4,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/budget-delorme-hemicycle.jpg',
      alt: 'L’hémicycle de l’Assemblée nationale vu depuis les tribunes, pendant une séance de questions au gouvernement',
      caption: 'L’examen du projet de loi de finances doit débuter la semaine prochaine dans l’hémicycle du Palais-Bourbon.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-proportionnelle-assemblee', 'd-bruxelles-preference-europeenne'],
    external: [
      {
        url: 'https://www.assemblee-nationale.fr',
        title: 'Assemblée nationale',
        description: 'Le site officiel de l’Assemblée nationale : dossiers législatifs, comptes rendus des débats et travaux de la commission des finances.',
      },
    ],
    body: `Il a pris son temps, puis il a tout déposé d’un coup. Dans la nuit de lundi à mardi, **Antoine Delorme**, rapporteur général de la commission des finances de l’Assemblée nationale, a enregistré cent douze amendements au projet de loi de finances pour 2027. Le député centriste de Maine-et-Loire, qui a longtemps défendu une ligne de stricte loyauté envers l’exécutif, assume désormais une posture plus indépendante : celle d’un « réparateur » d’un budget qu’il juge construit sur des hypothèses trop fragiles. À quelques jours de l’ouverture des débats dans l’hémicycle, son initiative rebat les cartes d’une discussion qui s’annonçait déjà périlleuse pour le gouvernement.

## Une croissance jugée trop optimiste : le cœur du désaccord

Le point de départ est connu. Le gouvernement a bâti son projet de budget sur une prévision de croissance de 1,4 % l’an prochain, quand la plupart des instituts de conjoncture tablent plutôt sur une fourchette comprise entre 0,9 % et 1,1 %. Cet écart, qui peut sembler anodin, pèse lourd : chaque dixième de point de croissance en moins se traduit par plusieurs centaines de millions d’euros de recettes fiscales manquantes.

« On ne peut pas demander aux Français de faire des efforts et, dans le même temps, leur présenter des chiffres auxquels personne ne croit », tranche Antoine Delorme, qui nous reçoit dans son bureau du Palais-Bourbon, les documents budgétaires empilés jusque sur le rebord de la fenêtre. Le rapporteur s’appuie sur l’avis rendu par le Haut Conseil des finances publiques, qui a qualifié le scénario gouvernemental de *volontariste*, un euphémisme que chacun, dans les couloirs de l’Assemblée, traduit par « irréaliste ».

La ministre chargée des comptes publics, Isabelle Charrier, défend au contraire une prévision « prudente au regard des investissements engagés ». Son entourage fait valoir que les prévisions du gouvernement se sont révélées, ces trois dernières années, plus proches de la réalité que celles de nombreux instituts privés. L’argument n’a pas convaincu la commission des finances, où plusieurs groupes d’opposition ont salué, pour une fois, le travail du rapporteur.

## Ce que prévoient les amendements du rapporteur

Les propositions d’Antoine Delorme visent à dégager environ 6 milliards d’euros de marges supplémentaires, sans toucher aux grands équilibres politiques du texte. Le député a soigneusement évité les sujets les plus inflammables, comme la fiscalité des successions ou le taux de l’impôt sur les sociétés. Voici les principales mesures, chiffrées par les services de la commission :

| Mesure proposée | Effet estimé en 2027 | Position du gouvernement |
|---|---|---|
| Prévision de croissance ramenée à 1,1 % | Réajustement des recettes attendues | Opposé |
| Plafonnement de certaines niches sur l’investissement locatif | + 1,2 milliard d’euros | Ouvert à la discussion |
| Gel partiel des crédits de fonctionnement de l’État | + 2,1 milliards d’euros | Favorable |
| Réserve de précaution portée à 0,8 % des crédits | + 1,5 milliard d’euros | Réservé |
| Suppression de trois dépenses fiscales jugées inefficaces | + 1,3 milliard d’euros | Opposé |

Le dernier point est sans doute le plus sensible. Les trois dispositifs visés, dont un crédit d’impôt sur certains équipements de chauffage d’appoint, avaient fait l’objet d’évaluations sévères de la Cour des comptes. Mais ils bénéficient chacun d’un solide soutien parmi les députés, toutes tendances confondues, qui y voient des aides concrètes pour leurs électeurs. [Le rapport d’information de la commission](https://www.example.org/rapport-depenses-fiscales-2027) recense d’ailleurs plus de quatre cent soixante niches fiscales, pour un coût total dépassant 90 milliards d’euros par an.

## Un calcul politique autant que budgétaire

Au-delà des chiffres, la démarche d’Antoine Delorme répond à une équation politique délicate. Sans majorité absolue, le gouvernement doit composer avec une Assemblée fragmentée, où chaque vote se négocie groupe par groupe. L’an dernier, l’adoption du budget avait nécessité des semaines de tractations et le recours à des procédures d’exception, au prix d’un climat durablement dégradé entre l’exécutif et le Parlement.

> « Si nous arrivons en séance avec un texte crédible, nous pouvons construire une majorité de projet. Si nous arrivons avec un texte dont tout le monde sait qu’il est faux, nous irons droit au blocage. »
> — Antoine Delorme, rapporteur général du budget

Plusieurs responsables de l’opposition y voient une manœuvre habile. « Il se donne le beau rôle, celui du gardien de la rigueur, tout en sauvant l’essentiel pour le gouvernement », estime une députée de gauche membre de la commission des finances, qui souhaite rester anonyme. À droite, on salue une « lucidité tardive » tout en réclamant davantage d’économies sur les dépenses sociales, une ligne rouge pour une partie de la majorité relative.

Du côté de Matignon, la consigne est à la prudence. Aucun responsable gouvernemental n’a souhaité critiquer publiquement le rapporteur, dont le soutien sera indispensable au moment des votes. En privé, un conseiller reconnaît que « certaines propositions pourraient être reprises », à condition que la prévision de croissance ne soit pas officiellement révisée, ce qui reviendrait à désavouer le travail de Bercy.

## Le calendrier des prochaines semaines

L’examen du texte en séance publique doit débuter la semaine prochaine, pour une durée prévue de trois semaines sur la seule partie consacrée aux recettes. Plusieurs étapes clés sont d’ores et déjà identifiées :

1. l’examen en commission des amendements du rapporteur, à partir de mercredi ;
2. le vote sur l’article liminaire, qui fixe la trajectoire des finances publiques et cristallisera le débat sur la croissance ;
3. le vote solennel sur la première partie, attendu avant la fin du mois ;
4. la transmission au Sénat, où la majorité sénatoriale a déjà annoncé son intention de réécrire une large partie du texte.

D’ici là, Antoine Delorme entend multiplier les rencontres avec les présidents de groupe. Il sait que son crédit politique se joue en partie sur ce budget. « Je ne cherche pas à me faire un nom, assure-t-il. Je cherche à ce que, le 31 décembre, la France dispose d’un budget voté et sincère. Ce serait déjà beaucoup. »`,
  },
  {
    key: 'd-municipales-marseille-collectifs',
    title: 'Municipales : à Marseille, les collectifs citoyens veulent bousculer les partis',
    standfirst:
      'Nés dans les quartiers nord comme dans le centre-ville, plusieurs collectifs d’habitants préparent leurs propres listes. Les états-majors politiques oscillent entre méfiance et tentation de l’alliance.',
    section: 'actualites/politique',
    authors: ['helene-fabre'],
    tags: ['elections', 'marseille'],
    status: 'archived',
    publishOffsetHours: -2010,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/municipales-marseille-collectifs.jpg',
      alt: 'Une réunion publique dans une salle associative de Marseille, des habitants assis en cercle autour de tables',
      caption: 'Réunion du collectif « Nos quartiers d’abord » dans une salle associative du 3e arrondissement de Marseille.',
      credit: 'Photo : Lucas Ferrand / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-proportionnelle-assemblee', 'd-budget-delorme-amendements'],
    external: [],
    body: `Ils se retrouvent le jeudi soir dans l’arrière-salle d’une association du 3e arrondissement, entre une machine à café fatiguée et des piles de chaises en plastique. Ce soir-là, ils sont une quarantaine : enseignants, aides-soignantes, commerçants, retraités, étudiants. Tous membres de **« Nos quartiers d’abord »**, un collectif né il y a deux ans à la suite de l’effondrement d’un immeuble vétuste dans le quartier, et qui s’apprête à franchir un cap décisif : présenter sa propre liste aux élections municipales. À Marseille, ils ne sont pas les seuls. Au moins quatre collectifs d’habitants, chacun implanté dans un ou plusieurs arrondissements, préparent une candidature autonome, au grand dam des partis traditionnels.

## Une dynamique née dans les quartiers

Le phénomène n’est pas entièrement nouveau dans la cité phocéenne, où la vie associative a toujours occupé une place singulière dans le débat public. Mais il prend cette fois une ampleur inédite. « Pendant des années, on a rempli des cahiers de doléances, on a organisé des marches, on a écrit aux élus. À un moment, il faut arrêter de demander et commencer à décider », résume Karima Vidal, professeure de mathématiques dans un collège du secteur et porte-parole du collectif.

Les sujets qui mobilisent ces militants d’un nouveau genre sont d’abord très concrets : l’habitat indigne, la propreté des rues, la fréquence des bus, l’état des écoles. Les collectifs revendiquent un ancrage de proximité que les partis, selon eux, ont perdu depuis longtemps. Leur légitimité repose sur des années de travail de terrain, souvent invisible : accompagnement des familles délogées, permanences juridiques improvisées, distributions alimentaires pendant les périodes de crise.

> « Les partis viennent nous voir six mois avant chaque élection, puis disparaissent. Nous, nous sommes là toute l’année. C’est cette différence que nous voulons faire entendre dans les urnes. »
> — Karima Vidal, porte-parole de « Nos quartiers d’abord »

## Ce que proposent les collectifs

S’ils n’ont pas encore arrêté de programme commun, les différents collectifs partagent un socle de revendications, présenté lors d’une assemblée commune au début du mois. On y retrouve notamment :

- un plan d’urgence pour l’habitat dégradé, avec un recensement public et actualisé de tous les immeubles sous arrêté de péril ;
- la création de **conseils de quartier dotés d’un budget propre**, dont les habitants décideraient directement de l’usage ;
- la gratuité des transports en commun pour les moins de 18 ans et les personnes âgées aux revenus modestes ;
- la publication en ligne, chaque trimestre, de l’état d’avancement des travaux dans les écoles de la ville ;
- un engagement des élus à ne cumuler aucun autre mandat pendant toute la durée de la mandature.

Certaines de ces propositions font sourire les responsables politiques aguerris, qui pointent leur coût ou leur complexité juridique. D’autres, à l’inverse, commencent à être reprises, parfois mot pour mot, dans les programmes en préparation des formations installées.

## Les partis entre méfiance et tentation

Car les états-majors observent ce mouvement avec une attention mêlée d’inquiétude. Dans une ville où les écarts de voix peuvent être très serrés d’un secteur à l’autre, quelques points captés par une liste citoyenne suffisent à faire basculer un résultat. « Ces collectifs peuvent être un formidable réservoir de candidats et d’énergie, ou bien ils peuvent faire perdre tout le monde », résume un cadre d’un parti de gauche, qui reconnaît des discussions « informelles » avec au moins deux d’entre eux.

À droite, le ton est plus sévère. Un élu municipal d’opposition dénonce des listes « qui se disent apolitiques mais qui ont toutes un agenda », et met en garde contre *l’amateurisme* en matière de gestion d’une ville de près de 900 000 habitants. Les collectifs, eux, rejettent l’accusation : plusieurs de leurs membres ont une expérience professionnelle dans l’administration, le bâtiment ou la gestion associative.

Pour Olivier Santini, politiste à Aix-Marseille Université, la question centrale sera celle de l’unité. « Tant que ces collectifs restent dispersés, leur poids électoral sera limité, explique-t-il. S’ils parviennent à se regrouper derrière une bannière commune, ou à négocier intelligemment avec un parti, ils peuvent devenir des faiseurs de rois. Toute l’histoire des listes citoyennes en France montre que le passage de la mobilisation locale à la campagne électorale est une épreuve redoutable. »

## Le défi de l’argent et de l’organisation

Reste un obstacle très prosaïque : le financement. Une campagne municipale dans une grande ville coûte cher, entre les tracts, les affiches, la location de salles et, de plus en plus, la communication numérique. Les collectifs, qui refusent pour la plupart tout soutien d’un parti, comptent sur les petits dons et sur le bénévolat. « Nous avons ouvert une cagnotte, nous organisons des repas de quartier, des lotos. C’est artisanal, mais c’est notre force », sourit Karima Vidal.

Il faudra aussi constituer des listes complètes, paritaires, avec des candidats prêts à s’exposer publiquement, parfois dans des quartiers où les tensions sont vives. Ce jeudi soir, la question est posée franchement à la quarantaine de présents : qui accepterait de figurer sur la liste ? Une dizaine de mains se lèvent, timidement d’abord, puis avec plus d’assurance. « C’est un début », glisse une retraitée, ancienne couturière, en inscrivant son nom sur une feuille volante. La campagne, pour eux, vient vraiment de commencer.`,
  },
  {
    key: 'd-proportionnelle-assemblee',
    title: 'Proportionnelle : l’Assemblée nationale relance un vieux serpent de mer',
    standfirst:
      'Une proposition de loi transpartisane visant à introduire la représentation proportionnelle aux élections législatives arrive en séance. Trois modèles s’affrontent, et la majorité nécessaire reste introuvable.',
    section: 'actualites/politique',
    authors: ['helene-fabre'],
    tags: ['elections', 'assemblee-nationale'],
    status: 'published',
    publishOffsetHours: -52,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/proportionnelle-assemblee-vote.jpg',
      alt: 'Des députés votent à main levée dans l’hémicycle de l’Assemblée nationale',
      caption: 'La proposition de loi sur le mode de scrutin doit être examinée en séance publique jeudi, lors d’une journée réservée à l’initiative parlementaire.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-budget-delorme-amendements'],
    external: [
      {
        url: 'https://www.assemblee-nationale.fr',
        title: 'Assemblée nationale',
        description: 'Le dossier législatif de la proposition de loi, les rapports de commission et le compte rendu intégral des débats.',
      },
      {
        url: 'https://www.legifrance.gouv.fr',
        title: 'Légifrance',
        description: 'Le service public de la diffusion du droit : code électoral et textes relatifs à l’élection des députés.',
      },
    ],
    body: `C’est l’une des promesses les plus souvent formulées et les plus rarement tenues de la vie politique française. Depuis près de quarante ans, l’introduction d’une dose de proportionnelle aux élections législatives revient régulièrement dans les programmes, les discours de campagne et les rapports de commission, sans jamais aboutir. Jeudi, les députés examineront pourtant une proposition de loi transpartisane, cosignée par plus de cent cinquante élus issus de six groupes différents. Un record, qui ne garantit en rien son adoption.

## Un texte transpartisan, une majorité incertaine

À l’origine du texte, une rapporteure qui connaît bien le sujet : **Sarah Lemoine-Diallo**, députée du Finistère, qui planche depuis trois ans sur la réforme du mode de scrutin. Elle a réuni autour d’elle des parlementaires aux sensibilités très éloignées, unis par un même constat. « Nous avons une Assemblée qui reflète de plus en plus mal la diversité des votes exprimés. Certains électeurs ont le sentiment que leur bulletin ne compte pas. C’est un poison lent pour la démocratie », plaide-t-elle.

La rapporteure rappelle que le scrutin majoritaire uninominal à deux tours, en vigueur pour l’élection des députés, a été conçu pour produire des majorités nettes. Or les dernières législatures ont montré que ce mécanisme pouvait aussi aboutir à une Assemblée morcelée, sans majorité absolue, cumulant ainsi les inconvénients de la fragmentation et ceux de la sous-représentation de certaines forces politiques.

Le problème, c’est que les signataires ne sont pas d’accord sur la forme que devrait prendre la réforme. En commission des lois, les débats ont surtout porté sur le choix du modèle, et plusieurs amendements concurrents seront défendus en séance.

## Trois modèles sur la table

### La proportionnelle départementale intégrale

C’est l’option la plus radicale, et celle qui a déjà été expérimentée en France, lors des élections législatives de 1986. Chaque département élirait ses députés au scrutin de liste, les sièges étant répartis en fonction des suffrages obtenus par chaque liste. Ses partisans y voient la garantie d’une représentation fidèle des votes. Ses détracteurs rappellent que, dans les départements peu peuplés qui n’élisent que deux ou trois députés, l’effet proportionnel serait presque nul, et que le lien entre l’élu et sa circonscription disparaîtrait.

### Le système mixte à l’allemande

Deuxième piste : un système mixte, inspiré du modèle allemand, où une partie des députés serait élue dans des circonscriptions au scrutin majoritaire et une autre partie à la proportionnelle sur des listes régionales ou nationales, afin de corriger les distorsions. C’est la solution défendue par Sarah Lemoine-Diallo, qui la juge « la plus équilibrée ». Elle suppose toutefois un redécoupage complet de la carte électorale, un chantier technique et politique considérable.

### La dose de proportionnelle

Troisième option, la plus modeste : réserver 15 à 20 % des sièges à une élection proportionnelle sur liste nationale, tout en conservant l’essentiel du scrutin actuel. C’est la formule qui a la faveur d’une partie du centre, mais que les plus fervents partisans de la réforme jugent *cosmétique*.

## Les arguments des opposants : la crainte de l’instabilité

Face à eux, les adversaires de la proportionnelle ne désarment pas. Leur argument principal tient en un mot : l’instabilité. « Regardez les pays qui pratiquent la proportionnelle intégrale : des mois de négociations pour former un gouvernement, des coalitions fragiles, des alliances contre nature », met en garde Bertrand Joly, député de la Sarthe et l’un des opposants les plus déterminés au texte.

> « Le scrutin majoritaire oblige les partis à se rassembler avant l’élection, devant les électeurs. La proportionnelle les pousse à négocier après, dans le dos des électeurs. »
> — Bertrand Joly, député de la Sarthe

Les partisans de la réforme répondent que la France connaît déjà, de fait, ces négociations post-électorales, sans en avoir les outils. Selon eux, un mode de scrutin proportionnel inciterait au contraire les partis à apprendre la culture du compromis, comme c’est le cas dans de nombreuses démocraties européennes. Le débat, on le voit, dépasse largement la technique électorale : il engage une certaine conception de la Ve République et du rôle du Parlement.

## Quel calendrier pour une application ?

Même en cas d’adoption à l’Assemblée, le chemin serait encore long. Le texte devrait ensuite être examiné par le Sénat, traditionnellement réservé sur les réformes du mode de scrutin, puis faire l’objet d’une éventuelle navette. Plusieurs conditions devraient être réunies pour une application lors des prochaines élections législatives :

1. une adoption définitive au moins un an avant le scrutin, selon un usage républicain bien établi qui déconseille de modifier les règles électorales à l’approche d’une élection ;
2. la publication des décrets d’application et, le cas échéant, d’une nouvelle carte des circonscriptions ;
3. une validation par le Conseil constitutionnel, qui sera très probablement saisi.

Sarah Lemoine-Diallo, elle, se veut optimiste. Elle compte sur la pression de l’opinion : selon [une enquête récente](https://www.example.org/sondage-mode-de-scrutin), près de deux Français sur trois se disent favorables à une part de proportionnelle. « Jamais nous n’avons été aussi près du but, assure-t-elle. Si nous échouons cette fois, ce ne sera pas faute d’avoir essayé. » Réponse jeudi soir, à l’issue d’un vote qui s’annonce serré.`,
  },
  {
    key: 'd-abstention-jeunes-mission',
    title: 'Abstention des jeunes : une mission parlementaire propose d’installer des bureaux de vote dans les universités',
    standfirst:
      'Après six mois d’auditions, deux députés de bords opposés rendent un rapport sur la participation électorale des 18-25 ans. Vingt-quatre propositions, dont certaines promettent de faire débat.',
    section: 'actualites/politique',
    authors: ['helene-fabre'],
    tags: ['elections', 'assemblee-nationale'],
    status: 'draft',
    publishOffsetHours: 0,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/abstention-jeunes-bureau-vote.jpg',
      alt: 'Une jeune femme glisse une enveloppe dans une urne transparente dans un bureau de vote',
      caption: 'Lors des derniers scrutins nationaux, moins d’un jeune de 18 à 24 ans sur deux s’est rendu aux urnes.',
      credit: 'Photo : Lucas Ferrand / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-proportionnelle-assemblee', 'd-budget-delorme-amendements'],
    external: [
      {
        url: 'https://www.vie-publique.fr',
        title: 'Vie publique',
        description: 'Le site d’information de l’administration sur les institutions, les élections et la participation citoyenne.',
      },
    ],
    body: `Ils sont partis d’un chiffre qui fait mal. Lors des derniers scrutins nationaux, moins d’un électeur de 18 à 24 ans sur deux s’est déplacé pour voter, et la proportion tombe à un sur quatre pour certaines élections intermédiaires. Pendant six mois, deux députés que presque tout oppose, **Élodie Vasseur**, élue de gauche de Seine-Saint-Denis, et **Mathis Carpentier**, député de droite de la Haute-Savoie, ont tenté de comprendre pourquoi. Leur rapport d’information, que *Le Kiosque* a pu consulter avant sa présentation officielle en commission des lois, formule vingt-quatre propositions pour enrayer ce qu’ils n’hésitent pas à qualifier de « décrochage démocratique ».

## Un désintérêt moins marqué qu’on ne le croit

Premier enseignement du rapport : les jeunes ne sont pas aussi indifférents à la politique que le suggèrent les taux de participation. Les deux rapporteurs ont auditionné plus de quatre-vingts personnes, chercheurs, responsables associatifs, syndicats étudiants, élus locaux, et organisé des rencontres dans une quinzaine de lycées et d’universités. Ils en tirent un constat nuancé : l’engagement existe, mais il passe de plus en plus par d’autres canaux que le vote.

« Les jeunes que nous avons rencontrés signent des pétitions, s’engagent dans des associations, manifestent, se mobilisent sur le climat ou les discriminations. Ce qui les éloigne des urnes, ce n’est pas le désintérêt, c’est le sentiment que le vote ne change rien à leur vie », explique Élodie Vasseur. Son collègue insiste davantage sur un facteur souvent sous-estimé : la mobilité. Étudiants, apprentis ou jeunes actifs changent fréquemment de logement et de ville, alors qu’ils restent souvent inscrits sur les listes électorales de la commune de leurs parents.

> « Un étudiant lyonnais inscrit à Annecy doit prendre un train un dimanche pour aller voter. Rien qu’avec ça, vous perdez une bonne partie d’une classe d’âge. »
> — Mathis Carpentier, député de la Haute-Savoie, corapporteur de la mission

## Les principales propositions du rapport

Parmi les vingt-quatre recommandations, les deux députés en mettent cinq en avant, qu’ils ont hiérarchisées en fonction de leur faisabilité :

1. **installer des bureaux de vote dans les universités** et les grandes cités étudiantes, ouverts aux étudiants inscrits dans une autre commune, sur le modèle de dispositifs expérimentés dans plusieurs pays européens ;
2. simplifier le changement d’inscription sur les listes électorales, en permettant une mise à jour automatique lors d’un changement d’adresse déclaré auprès de l’administration ;
3. généraliser un enseignement pratique de la citoyenneté au lycée, incluant la visite d’un conseil municipal et la participation à l’organisation d’un scrutin ;
4. expérimenter le vote par anticipation, quelques jours avant le scrutin, dans un nombre limité de communes volontaires ;
5. créer une journée annuelle de l’engagement démocratique dans les établissements d’enseignement supérieur.

Les deux rapporteurs ont en revanche renoncé à trancher la question du vote à 16 ans, sur laquelle leurs positions divergent. Le rapport se contente d’en présenter les arguments, en évoquant les expériences menées à l’étranger.

## Le vote électronique écarté, le vote par correspondance en débat

Le rapport se montre très prudent sur le vote électronique à distance, que certains acteurs auditionnés réclamaient. Les rapporteurs rappellent les nombreux incidents techniques et les interrogations sur la sécurité et le secret du vote soulevées par les expérimentations passées. « Nous ne voulons pas augmenter la participation au prix de la confiance dans les résultats », tranche Mathis Carpentier.

Le vote par correspondance, supprimé en France en 1975 en raison de fraudes, fait en revanche l’objet d’une réflexion plus ouverte. Élodie Vasseur y est favorable, sous conditions strictes ; son collègue y reste opposé. Le rapport propose de confier au ministère de l’Intérieur une étude de faisabilité, assortie d’un bilan des garanties mises en place dans les pays voisins qui le pratiquent. [Une note du service des études de l’Assemblée](https://www.example.org/note-vote-correspondance-europe) détaille d’ailleurs ces différents dispositifs.

## Quelles suites pour ces propositions ?

Comme souvent pour les rapports d’information, rien ne garantit que ces propositions se traduisent un jour dans la loi. Plusieurs d’entre elles relèvent d’ailleurs du domaine réglementaire, voire de simples décisions des universités ou des rectorats. Les deux rapporteurs annoncent toutefois leur intention de déposer ensemble une proposition de loi reprenant les mesures les plus consensuelles, à commencer par les bureaux de vote dans les universités.

Du côté des organisations étudiantes, l’accueil est plutôt favorable, même si certains regrettent l’absence de mesures plus ambitieuses. « C’est un pas dans la bonne direction, mais on ne réglera pas la crise de confiance avec des urnes sur les campus », estime Inès Morel, étudiante en droit à Lyon et membre d’une association d’éducation populaire auditionnée par la mission. Pour elle, la question de fond reste celle de la place accordée aux jeunes dans les décisions publiques. Un débat que les deux députés disent vouloir porter dans l’hémicycle dès le printemps.`,
  },
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
  {
    key: 'd-canicule-lyon-fraicheur',
    title: 'Canicules : à Lyon, les scientifiques cartographient les îlots de chaleur rue par rue',
    standfirst:
      'Un réseau de deux cents capteurs installés dans la métropole lyonnaise révèle des écarts de température spectaculaires d’un quartier à l’autre. De quoi orienter, enfin, les politiques d’adaptation là où elles sont le plus nécessaires.',
    section: 'sciences/climat',
    authors: ['malik-ouedraogo'],
    tags: ['climat', 'lyon'],
    status: 'published',
    publishOffsetHours: -410,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/canicule-lyon-capteurs.jpg',
      alt: 'Un capteur de température fixé sur un lampadaire au-dessus d’une rue minérale de Lyon en plein été',
      caption: 'Deux cents capteurs comme celui-ci mesurent en continu la température et l’humidité dans les rues de la métropole de Lyon.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-mediterranee-chaleur-marine', 'd-cop31-antalya-enjeux'],
    external: [
      {
        url: 'https://meteofrance.com',
        title: 'Météo-France',
        description: 'Prévisions, vigilance canicule et données climatologiques de l’établissement public de météorologie.',
      },
      {
        url: 'https://www.santepubliquefrance.fr',
        title: 'Santé publique France',
        description: 'Les bilans sanitaires des épisodes de forte chaleur et les recommandations pour protéger les personnes vulnérables.',
      },
    ],
    body: `À 23 heures, par une nuit de juillet, le thermomètre affichait encore 31 °C place Bellecour. Au même moment, à quelques kilomètres de là, dans un parc de l’ouest lyonnais, il faisait 22 °C. Neuf degrés d’écart, au sein d’une même agglomération : c’est l’un des résultats les plus frappants de l’étude menée depuis trois ans par une équipe de climatologues et d’urbanistes dans la métropole de Lyon. Grâce à un réseau de **deux cents capteurs** disséminés sur les lampadaires, les toits et les façades, les chercheurs ont dressé une cartographie inédite des îlots de chaleur urbains, rue par rue, heure par heure.

## Une ville qui ne refroidit plus la nuit

Le phénomène d’îlot de chaleur urbain est connu depuis longtemps : les villes, avec leurs surfaces minérales, leur manque de végétation et leurs activités humaines, accumulent la chaleur le jour et la restituent la nuit. Mais l’ampleur mesurée à Lyon surprend jusqu’aux spécialistes. « Ce qui nous inquiète le plus, ce ne sont pas les maximales de l’après-midi, c’est l’absence de rafraîchissement nocturne, explique Claire Demange, climatologue et coordinatrice du projet. Le corps humain peut supporter des journées très chaudes s’il récupère la nuit. Quand il fait encore 28 ou 30 °C à minuit, cette récupération devient impossible. »

Lyon est particulièrement exposée. Située dans un couloir rhodanien soumis à des épisodes de chaleur de plus en plus fréquents, la ville a vu le nombre de journées caniculaires augmenter nettement au cours des dernières décennies. Selon les projections climatiques régionalisées, cette tendance devrait s’accentuer, avec des étés qui pourraient ressembler, d’ici le milieu du siècle, à ceux que connaissent aujourd’hui des villes bien plus méridionales.

## Ce que révèle la carte

Les données recueillies permettent de dessiner une géographie très contrastée de la chaleur urbaine. Plusieurs facteurs se combinent pour expliquer les écarts observés.

### Les quartiers les plus exposés

Sans surprise, les secteurs les plus denses et les plus minéraux sont les plus chauds : le centre de la Presqu’île, certaines parties du 3e et du 7e arrondissement, ainsi que plusieurs zones d’activités de l’est de l’agglomération, où dominent les parkings et les toitures sombres. Mais l’étude met aussi en évidence des situations moins attendues, comme des grands ensembles pourtant entourés d’espaces ouverts, où l’absence d’arbres et la présence de vastes surfaces goudronnées créent de véritables fournaises.

### Le rôle décisif de la végétation

À l’inverse, les rues bordées d’arbres de grande taille affichent des températures de surface inférieures de 10 à 15 °C à celles des rues voisines dépourvues de végétation, et des températures de l’air plus basses de 2 à 4 °C en moyenne. « Un arbre adulte, c’est un climatiseur naturel, qui ombrage et qui rafraîchit par évapotranspiration. Aucune solution technique ne fait aussi bien pour un coût comparable », insiste Claire Demange. La présence d’eau, qu’il s’agisse des berges du Rhône et de la Saône ou de simples fontaines, joue aussi un rôle notable.

## Des inégalités face à la chaleur

L’étude croise également les données de température avec des indicateurs sociaux et sanitaires. Le résultat est sans appel : les quartiers les plus chauds sont souvent ceux où vivent les populations les plus fragiles. Plusieurs facteurs aggravent la vulnérabilité :

- des logements anciens ou mal isolés, parfois situés sous les toits, où la température intérieure dépasse largement celle de l’extérieur ;
- une proportion élevée de personnes âgées vivant seules, particulièrement exposées au risque de déshydratation ;
- un accès plus limité aux espaces verts et aux lieux climatisés ;
- des emplois plus souvent exercés en extérieur ou dans des locaux non rafraîchis.

> « La chaleur est un révélateur brutal des inégalités. Elle tue d’abord ceux qui n’ont ni jardin, ni maison de campagne, ni logement bien isolé. »
> — Karim Haddad, médecin de santé publique associé au projet

Les épisodes de canicule des dernières années ont d’ailleurs été associés, selon les bilans sanitaires nationaux, à plusieurs milliers de décès en excès chaque été en France. Une partie de ces décès pourrait être évitée par une meilleure prévention, estiment les chercheurs.

## De la carte à l’action

Pour les collectivités, ces données constituent un outil précieux. La métropole s’appuie déjà sur la cartographie pour prioriser ses programmes de plantation d’arbres, de *débitumisation* des cours d’école et de création de « rues fraîches ». Les chercheurs ont également mis au point un indicateur permettant d’identifier, en période de canicule, les îlots d’immeubles où les personnes vulnérables devraient faire l’objet d’une attention renforcée. [La carte interactive](https://www.example.org/carte-ilots-chaleur-lyon) est accessible au public.

Reste la question du temps. Un arbre planté aujourd’hui mettra quinze à vingt ans à offrir une ombre significative. « Nous devons agir sur deux fronts à la fois, conclut Claire Demange : planter massivement pour le climat de 2050, et protéger les gens dès l’été prochain. » Les premières mesures d’urgence, comme l’ouverture prolongée de salles rafraîchies et l’installation de brumisateurs dans les quartiers les plus exposés, doivent être testées dès cet été.`,
  },
  {
    key: 'd-mediterranee-chaleur-marine',
    title: 'Vagues de chaleur marines : au large de Marseille, les gorgones rouges dépérissent',
    standfirst:
      'Des plongeurs scientifiques constatent une nouvelle mortalité massive de ces animaux emblématiques des fonds méditerranéens. En cause : des épisodes de chaleur sous-marine de plus en plus longs et de plus en plus profonds.',
    section: 'sciences',
    authors: ['malik-ouedraogo'],
    tags: ['climat', 'marseille'],
    status: 'published',
    publishOffsetHours: -690,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/mediterranee-gorgones-chaleur.jpg',
      alt: 'Un plongeur observe une colonie de gorgones rouges partiellement blanchies sur un tombant rocheux',
      caption: 'Sur certains tombants des calanques, plus de la moitié des colonies de gorgones rouges présentent des signes de nécrose.',
      credit: 'Photo : Lucas Ferrand / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['d-marseille-diplomatie-eau', 'd-canicule-lyon-fraicheur'],
    external: [
      {
        url: 'https://www.ifremer.fr',
        title: 'Ifremer',
        description: 'L’Institut français de recherche pour l’exploitation de la mer : programmes de surveillance et de recherche sur le milieu marin.',
      },
    ],
    body: `Il faut descendre à trente mètres sous la surface, au pied d’un tombant des calanques, pour mesurer l’ampleur des dégâts. Là où, il y a quelques années encore, les gorgones rouges formaient de véritables forêts pourpres ondulant dans le courant, les plongeurs ne trouvent plus, par endroits, que des squelettes grisâtres couverts d’algues. « On a l’impression de se promener dans une forêt après un incendie », souffle Lucie Arnaud, biologiste marine, en retirant son masque sur le pont du bateau de recherche. Depuis le début de l’automne, son équipe recense une nouvelle vague de mortalité massive parmi ces animaux emblématiques de la Méditerranée.

## Un animal fragile, un indicateur précieux

Contrairement à ce que leur apparence pourrait laisser croire, les gorgones ne sont pas des plantes, mais des animaux : des colonies de minuscules polypes, cousins des coraux, qui se nourrissent en filtrant le plancton. La gorgone rouge, *Paramuricea clavata* de son nom scientifique, peut vivre plus d’un siècle et ne grandit que de quelques centimètres par an. Une colonie d’un mètre de haut a donc souvent plusieurs décennies.

C’est précisément cette lenteur qui rend sa situation préoccupante. « Quand une colonie meurt, il faut des dizaines d’années pour qu’une autre la remplace, si les conditions le permettent encore, explique Lucie Arnaud. Nous sommes en train de perdre, en quelques étés, des écosystèmes qui ont mis un siècle à se construire. » Les gorgones abritent en outre toute une faune associée, poissons, éponges, mollusques, qui disparaît avec elles.

Pour les scientifiques, ces animaux sont aussi des sentinelles. Fixés sur le fond, incapables de fuir, ils enregistrent fidèlement les variations de leur environnement. Leur dépérissement est le signe visible d’un phénomène beaucoup plus vaste : le réchauffement des eaux méditerranéennes.

## Des vagues de chaleur plus longues et plus profondes

Les vagues de chaleur marines, ces épisodes durant lesquels la température de l’eau dépasse nettement les normales saisonnières pendant plusieurs jours ou semaines, sont devenues nettement plus fréquentes en Méditerranée au cours des dernières décennies. Plusieurs étés récents ont vu la température de surface dépasser 28 °C au large des côtes provençales, des valeurs autrefois exceptionnelles.

Mais ce qui inquiète le plus les chercheurs, c’est la pénétration de la chaleur en profondeur. Grâce à des sondes installées à différentes profondeurs le long des côtes, les équipes ont constaté que les eaux chaudes descendent désormais régulièrement au-delà de trente, voire quarante mètres. Or c’est précisément dans cette tranche d’eau que vivent les plus belles populations de gorgones, jusque-là relativement protégées.

> « Pendant longtemps, on s’est dit que la profondeur servirait de refuge. Ce n’est plus vrai. La chaleur descend, et avec elle, la mortalité. »
> — Lucie Arnaud, biologiste marine

Les relevés de l’équipe sur le site principal de suivi résument l’évolution observée :

- il y a une vingtaine d’années, les épisodes de mortalité restaient ponctuels et concernaient surtout les colonies situées à moins de vingt mètres ;
- au cours de la dernière décennie, ils sont devenus presque annuels ;
- lors de l’épisode actuel, des colonies touchées ont été observées jusqu’à quarante-cinq mètres de profondeur ;
- sur certains tombants, **plus de la moitié des colonies** présentent des nécroses sur une partie importante de leurs branches.

## Plongeurs bénévoles et science participative

Pour suivre un phénomène aussi étendu, les scientifiques ne peuvent pas tout faire seuls. Depuis plusieurs années, ils s’appuient sur un réseau de plongeurs bénévoles, formés à reconnaître et à signaler les colonies atteintes. Clubs de plongée, moniteurs, pêcheurs et simples passionnés transmettent leurs observations via [une plateforme de science participative](https://www.example.org/observatoire-gorgones-mediterranee), qui permet de suivre l’évolution de la situation le long de tout le littoral.

« Sans eux, nous n’aurions qu’une vision très partielle. Ils sont nos yeux sous l’eau », reconnaît Lucie Arnaud. Les données collectées ont déjà permis de montrer que certaines zones, soumises à des remontées d’eau froide, semblent mieux résister. Des refuges naturels que les chercheurs proposent de protéger en priorité.

## Quelles pistes pour protéger les fonds méditerranéens ?

Face à un phénomène directement lié au réchauffement climatique, les marges de manœuvre locales sont limitées. Les scientifiques insistent toutefois sur l’importance de réduire les autres pressions qui s’exercent sur ces écosystèmes : pollution, ancrage des bateaux sur les fonds fragiles, surfréquentation de certains sites de plongée. Une meilleure protection des zones les plus résistantes pourrait aussi permettre de préserver des populations capables, à terme, de recoloniser les secteurs dévastés.

Des expériences de transplantation de fragments de gorgones issus de colonies qui ont survécu aux précédentes vagues de chaleur sont également en cours. L’idée est de favoriser les individus les plus tolérants, sans certitude sur le résultat. « Ce sont des solutions de dernier recours, prévient la biologiste. La seule vraie réponse, c’est la réduction des émissions de gaz à effet de serre. Tout le reste, c’est gagner du temps. » À la surface, le soleil d’octobre tape encore fort. L’eau, à trente mètres, affiche 23 °C.`,
  },
];
