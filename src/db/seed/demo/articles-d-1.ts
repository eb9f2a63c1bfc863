import type { DemoArticle } from './types.js';

// Lot D : politique, international et sciences.
// Tous les noms de personnes, d’entreprises, de collectifs et les citations sont fictifs.
// Part 1 of 3.

export const articlesD1: DemoArticle[] = [
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
];
