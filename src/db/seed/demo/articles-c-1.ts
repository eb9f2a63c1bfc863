import type { DemoArticle } from './types.js';

// Lot C : culture (cinéma, livres, séries, musées) et sport (rugby, cyclisme,
// football amateur, sport féminin). Toutes les personnes, œuvres, entreprises,
// clubs et citations sont fictifs ; seuls les lieux, les grands événements et
// les institutions publiques existent réellement.
// Part 1 of 3.

export const articlesC1: DemoArticle[] = [
  {
    key: 'c-cannes-palme-heures-claires',
    title: 'Festival de Cannes : la Palme d’or pour « Les Heures claires », de Salomé Varenne',
    standfirst:
      'Le jury a distingué samedi soir le troisième long-métrage de la cinéaste française, chronique d’une fratrie réunie le temps d’un été. Un palmarès audacieux, qui consacre une génération d’auteurs venus du court-métrage.',
    section: 'culture/cinema',
    authors: ['amandine-roux'],
    tags: ['festival-de-cannes', 'cinema'],
    status: 'published',
    publishOffsetHours: -31,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/cannes-palme-heures-claires.jpg',
      alt: 'Une cinéaste brandit la Palme d’or sur la scène du Grand Théâtre Lumière, sous les applaudissements',
      caption: 'Salomé Varenne reçoit la Palme d’or, samedi soir, au Grand Théâtre Lumière du Palais des festivals.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-rentree-litteraire-2026', 'c-musee-docks-marseille'],
    external: [
      {
        url: 'https://www.festival-cannes.com',
        title: 'Festival de Cannes – site officiel',
        description: 'Le palmarès, la sélection officielle et les archives de toutes les éditions du Festival.',
      },
    ],
    body: `Il était un peu plus de 21 heures, samedi, quand le nom de Salomé Varenne a résonné dans le Grand Théâtre Lumière. La cinéaste de 41 ans, restée assise quelques secondes comme pour s’assurer qu’elle avait bien entendu, a reçu la Palme d’or de la 79e édition du Festival de Cannes pour *Les Heures claires*, son troisième long-métrage. Une récompense que peu de festivaliers avaient vue venir au début de la quinzaine, mais que la rumeur de la Croisette avait fini par désigner comme probable, tant le film, projeté dès le deuxième soir de la compétition, n’avait cessé de grandir dans les esprits.

« Je dédie ce prix à toutes celles et ceux qui font des films lentement, avec peu d’argent et beaucoup de patience », a lancé la réalisatrice, la voix nouée, avant de remercier un à un les membres de son équipe technique et les habitants du village aveyronnais où le tournage s’est déroulé pendant sept semaines. Dans la salle, une partie du public s’est levée avant même la fin de son discours.

## Un huis clos familial devenu fresque : ce que raconte « Les Heures claires »

Le film suit, le temps d’un mois d’août écrasé de chaleur, une fratrie de quatre adultes revenus dans la maison d’enfance pour la vider après la mort de leur mère. Rien de spectaculaire en apparence : des cartons, des repas qui s’éternisent, des disputes sur la valeur d’un buffet ou sur le sort d’un chien vieillissant. Mais Salomé Varenne fait de ce huis clos une méditation sur la transmission, sur la mémoire paysanne et sur la lente disparition d’un monde rural qu’elle filme sans nostalgie ni condescendance.

La mise en scène, tout en plans fixes et en lumière naturelle, laisse aux comédiens un espace rare. **Rosa Albertini**, dans le rôle de l’aînée qui refuse de vendre, y trouve sans doute le rôle de sa carrière, tandis que le jeune **Elias Moreau-Ndiaye**, révélation du film, compose un benjamin taiseux dont chaque silence pèse. Plusieurs critiques étrangers ont comparé le film aux grandes chroniques familiales du cinéma italien des années 1970 ; la cinéaste, elle, préfère citer « les après-midi passés à écouter sa grand-mère raconter la guerre sans jamais la nommer ».

## Le palmarès complet : une compétition qui a récompensé les auteurs

Le jury, présidé par l’actrice et réalisatrice norvégienne **Astrid Vollan**, a composé un palmarès cohérent, qui privilégie les regards singuliers aux grosses productions. Les deux films les plus coûteux de la sélection, très attendus sur le tapis rouge, repartent d’ailleurs les mains vides. Voici les principales distinctions :

- **Palme d’or** : *Les Heures claires*, de Salomé Varenne (France) ;
- **Grand Prix** : *Nordlys*, d’Eirik Solhaug (Norvège), récit d’une communauté de pêcheurs confrontée à la fermeture de la dernière conserverie de l’île ;
- **Prix de la mise en scène** : Daichi Okamura pour *La Saison des typhons* (Japon) ;
- **Prix du jury** : *Tierra de nadie*, de Lucía Marambio (Argentine) ;
- **Prix d’interprétation féminine** : Leïla Haddou pour *Une femme debout*, de Rémi Castagnède ;
- **Prix d’interprétation masculine** : Karim Sebbah pour *Les Veilleurs* ;
- **Prix du scénario** : Tomás Villeneuve et Judith Arnal pour *Le Dernier Hiver* ;
- **Caméra d’or** : *Sable noir*, premier film de Mathilde Ounissi, présenté à la Semaine de la critique.

Le détail des votes n’est jamais rendu public, mais plusieurs indiscrétions recueillies après la cérémonie laissent penser que la Palme s’est jouée entre *Les Heures claires* et *Nordlys*. On retrouvera l’ensemble des films primés et les fiches techniques dans [notre guide du palmarès](https://www.example.org/cannes-2026/palmares).

## Au sein du jury, des délibérations « longues mais jamais brutales »

Lors de la conférence de presse qui a suivi la cérémonie, Astrid Vollan a longuement défendu les choix de son jury, composé de neuf membres venus de sept pays. Elle a reconnu que les discussions s’étaient prolongées tard dans la nuit de vendredi, dans une villa des hauteurs de Cannes où les jurés sont restés isolés jusqu’à la dernière minute.

> « Nous avons cherché des films qui nous regardaient autant que nous les regardions. *Les Heures claires* nous a semblé contenir le monde entier dans une cuisine de campagne. Ce n’est pas un petit film : c’est un grand film qui a l’élégance de ne pas le crier. »
> — Astrid Vollan, présidente du jury

Interrogée sur l’absence de prix pour les productions les plus attendues, la présidente a simplement rappelé que le jury jugeait « des œuvres, pas des budgets ni des campagnes de promotion ». Une pique à peine voilée, dans une édition où la présence des grandes plateformes de diffusion a une nouvelle fois alimenté les conversations des terrasses.

## Après la Croisette : quelle carrière en salles pour le film ?

Pour la société de production, une petite structure toulousaine qui n’avait jamais eu de film en compétition, la Palme change évidemment la donne. Son distributeur a annoncé dès dimanche matin que la sortie, initialement prévue en janvier, serait avancée au début de l’automne, sur environ 250 copies, soit près du triple du plan initial.

### Un pari pour les salles indépendantes

Les exploitants d’art et essai, qui avaient soutenu le film avant même sa sélection, espèrent qu’il jouera le rôle de locomotive pour une rentrée jugée fragile. La fréquentation des salles, repartie à la hausse depuis deux ans, reste en effet très dépendante de quelques titres porteurs. « Une Palme d’or populaire, c’est une bouffée d’oxygène pour tout le réseau », résume un programmateur lyonnais, qui prévoit déjà des séances en présence de l’équipe.

Reste à savoir si ce récit sans vedette internationale saura conquérir un public au-delà des cinéphiles. Les précédents sont contrastés : certaines Palmes ont dépassé le million d’entrées, d’autres se sont essoufflées en quelques semaines. Salomé Varenne, elle, dit ne pas s’en inquiéter. Elle a promis de retourner dès l’été dans son village de l’Aveyron pour y organiser une projection en plein air, « sur le mur de l’ancienne coopérative, là où tout a commencé ».`,
  },
  {
    key: 'c-rentree-litteraire-2026',
    title: 'Rentrée littéraire : 468 romans, des premiers textes en force et des éditeurs prudents',
    standfirst:
      'Le nombre de romans publiés entre la mi-août et la fin octobre recule légèrement, mais les premiers romans n’ont jamais été aussi nombreux. Tour d’horizon d’une saison où les maisons misent sur l’intime et l’enquête.',
    section: 'culture/livres',
    authors: ['amandine-roux'],
    tags: ['edition', 'paris'],
    status: 'published',
    publishOffsetHours: -133,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/rentree-litteraire-tables-libraire.jpg',
      alt: 'Des piles de romans neufs disposées sur les tables d’une librairie parisienne',
      caption: 'Dans une librairie du 5e arrondissement de Paris, les tables de nouveautés se remplissent dès la mi-août.',
      credit: 'Photo : Bastien Grollier / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-edition-independante-lyon', 'c-cannes-palme-heures-claires'],
    external: [
      {
        url: 'https://www.bnf.fr',
        title: 'Bibliothèque nationale de France',
        description: 'Le dépôt légal, les catalogues et les collections de la BnF, mémoire de l’édition française.',
      },
    ],
    body: `Chaque année, le rituel se répète : à la fin du mois d’août, les libraires voient arriver des cartons par dizaines et doivent faire des choix douloureux sur des tables qui, elles, ne s’agrandissent pas. Cette rentrée littéraire 2026 compte **468 romans** publiés entre le 15 août et la fin octobre, selon le décompte établi par l’Observatoire indépendant de la librairie, un collectif de libraires et de chercheurs. C’est une dizaine de moins que l’an dernier, et loin des sommets du début des années 2010, quand la barre des 600 titres était régulièrement franchie.

Derrière ce léger recul se dessine une tendance plus nette : les éditeurs publient un peu moins, mais parient davantage sur les voix nouvelles. Les premiers romans sont au nombre de 87, un record depuis que l’observatoire tient ses statistiques. « Les maisons ont compris qu’un premier roman bien défendu peut vivre longtemps, alors qu’un quinzième livre d’un auteur installé se vend de moins en moins bien », analyse Corinne Béraud, libraire à Paris et membre du collectif.

## Moins de titres, plus de premiers romans : les chiffres d’une saison

Le détail des chiffres révèle une rentrée contrastée. La littérature française représente près des deux tiers de la production, tandis que la littérature étrangère poursuit son repli, victime du coût élevé des traductions et d’une certaine frilosité des éditeurs face aux cessions de droits.

- **468 romans** au total, contre 479 l’an dernier ;
- **301 romans français**, dont 87 premiers romans ;
- **167 romans étrangers**, traduits de 31 langues différentes ;
- une part croissante de textes hybrides, entre récit, enquête et document.

Cette dernière catégorie est sans doute la plus frappante. De nombreux auteurs choisissent cette année de mêler leur histoire familiale à une investigation sur un fait divers, un lieu ou une archive. *L’enquête intime* est devenue, selon plusieurs éditeurs interrogés, « le genre dominant de la décennie ».

## Cinq livres à surveiller dans les semaines qui viennent

Parmi les centaines de titres, certains ont déjà su créer l’attente chez les libraires et les jurés des prix d’automne. Notre sélection, forcément subjective, tient compte des premières lectures et des retours des libraires rencontrés ces derniers jours.

1. ***La Maison aux volets verts***, de Bérénice Lhomond (Éditions Clairière) : le récit d’une femme qui reconstitue la vie de sa grand-tante, institutrice dans le Morvan, à partir de cahiers d’écolier retrouvés dans un grenier. Une écriture sobre et une émotion qui ne force jamais le trait.
2. ***Nuits de garde***, de Théo Kerjean (Le Sillon) : un premier roman porté par la voix d’un interne des urgences à Brest, à la fois drôle et éprouvant.
3. ***Le Fleuve à l’envers***, d’Aïssata Diallo-Morel (Éditions du Portulan) : une saga familiale entre Saint-Louis du Sénégal et Bordeaux, qui confirme l’ambition d’une autrice remarquée il y a trois ans.
4. ***Ce que savent les chiens***, de Gaspard Ventadour (Éditions Clairière) : un roman noir rural, sec et tendu, déjà annoncé comme l’un des favoris des jurys.
5. ***Archipel***, d’Inès Carvalho (Le Sillon) : un livre fragmentaire sur l’exil et la langue, qui divise autant qu’il fascine.

## Les libraires face à l’avalanche : une profession sous pression

Pour les libraires indépendants, la rentrée reste un moment de forte tension économique. Les stocks coûtent cher, les retours aux éditeurs aussi, et la trésorerie est mise à l’épreuve au moment même où les ventes de l’été commencent à retomber.

> « Nous recevons parfois vingt nouveautés par jour. Il faut lire, trier, recommander, tout en sachant qu’une bonne partie de ces livres repartira chez le distributeur dans trois mois sans avoir trouvé de lecteur. »
> — Corinne Béraud, libraire et membre de l’Observatoire indépendant de la librairie

Plusieurs libraires plaident pour une rentrée « étalée », avec davantage de parutions en janvier et au printemps. L’idée fait son chemin chez certains éditeurs, qui constatent que leurs livres publiés hors saison bénéficient d’une meilleure visibilité. Mais la logique des prix littéraires, dont les premières sélections tombent dès septembre, continue de concentrer les sorties sur quelques semaines.

## Prix d’automne : une course déjà lancée

Les premières listes des grands prix seront connues dans quelques jours, et les éditeurs scrutent déjà les signaux. Les maisons de taille moyenne, qui ont multiplié les premiers romans, espèrent que cette stratégie sera récompensée. *Ce que savent les chiens*, de Gaspard Ventadour, revient souvent dans les conversations, tout comme le texte de Bérénice Lhomond.

Pour les lecteurs, la profusion a au moins un avantage : la diversité. On trouve cette année des romans d’aventures, des textes poétiques, des sagas, des fictions d’anticipation et même quelques comédies, genre longtemps boudé par les jurys. Les bibliothèques publiques, qui reçoivent une partie de ces titres dès leur parution, organisent d’ailleurs des rencontres dans toute la France ; le programme est disponible sur [le portail des lectures de rentrée](https://www.example.org/rentree-litteraire-2026/rencontres). De quoi, peut-être, faire mentir ceux qui annoncent chaque automne la fin de la lecture.`,
  },
  {
    key: 'c-edition-independante-lyon',
    title: 'À Lyon, les petites maisons d’édition face au mur des coûts',
    standfirst:
      'Papier, transport, diffusion : en trois ans, le prix de revient d’un livre a bondi pour les éditeurs indépendants. Dans la métropole lyonnaise, certains réduisent la voilure, d’autres inventent de nouvelles façons de travailler ensemble.',
    section: 'culture/livres',
    authors: ['amandine-roux', 'sophie-nguyen'],
    tags: ['edition', 'lyon'],
    status: 'published',
    publishOffsetHours: -447,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/edition-independante-lyon.jpg',
      alt: 'Un éditeur feuillette une épreuve dans un atelier encombré de cartons de livres',
      caption: 'Dans les locaux des Éditions Traboule Noire, sur les pentes de la Croix-Rousse, à Lyon.',
      credit: 'Photo : Camille Dersoir / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-rentree-litteraire-2026'],
    external: [
      {
        url: 'https://www.culture.gouv.fr',
        title: 'Ministère de la Culture',
        description: 'Les politiques publiques en faveur du livre, de la lecture et de l’édition indépendante.',
      },
    ],
    body: `Au fond d’une cour des pentes de la Croix-Rousse, les Éditions Traboule Noire occupent deux pièces où s’empilent des cartons jusqu’au plafond. Depuis douze ans, la maison publie une dizaine de livres par an, surtout des romans noirs et des récits de voyage. Cette année, elle n’en publiera que six. « Ce n’est pas un manque d’envie ni de manuscrits, c’est une question d’arithmétique », soupire son fondateur, **Olivier Sarrazin**, en montrant un devis d’imprimeur qui a augmenté de près de 30 % en trois ans.

Le cas de Traboule Noire n’a rien d’isolé. Dans la métropole de Lyon, qui compte une quarantaine de maisons d’édition indépendantes, beaucoup décrivent la même équation intenable : des coûts de fabrication en forte hausse, des prix de vente qu’il est difficile d’augmenter sans perdre des lecteurs et une visibilité en librairie de plus en plus disputée.

## Papier, transport, diffusion : l’équation qui ne tombe plus juste

Pour comprendre la situation, il faut décomposer le prix d’un livre. Sur un roman vendu 20 euros, l’éditeur indépendant ne touche en moyenne qu’une part modeste, une fois rémunérés le libraire, le diffuseur, le distributeur et l’auteur. C’est sur cette marge étroite qu’il doit financer la fabrication, la correction, la couverture, la communication et, s’il le peut, son propre salaire.

### Le papier, premier poste de dépense

Le prix du papier a connu une flambée spectaculaire au début de la décennie, avant de se stabiliser à un niveau nettement supérieur à celui d’avant la crise. Pour une petite maison qui imprime des tirages de 1 500 exemplaires, la différence se chiffre en milliers d’euros par titre. Certains éditeurs ont réduit le grammage, d’autres ont renoncé aux couvertures à rabats qui faisaient leur identité.

### La diffusion, un goulet d’étranglement

L’autre difficulté tient à la diffusion. Les structures qui présentent les livres aux libraires sont peu nombreuses et sélectives ; elles facturent leurs services au pourcentage des ventes, avec des minimums qui pèsent lourd sur les petits catalogues. « Être diffusé, c’est exister. Ne pas l’être, c’est vendre ses livres à la main sur les salons », résume **Nour Benali**, qui dirige l’Atelier Saône-Papiers, une maison spécialisée dans la poésie contemporaine.

## Mutualiser pour survivre : les réponses inventées sur le terrain

Face à ces contraintes, plusieurs maisons lyonnaises ont choisi de se regrouper. Depuis l’an dernier, sept d’entre elles partagent un local de stockage à Vénissieux, une attachée de presse et un stand commun sur les salons. L’initiative, baptisée *Collectif Rhône-Papier*, a permis selon ses membres de réduire de moitié certains frais fixes.

Les pistes explorées sont nombreuses :

- **mutualiser les commandes de papier** pour obtenir de meilleurs tarifs auprès des imprimeurs de la région ;
- **partager les outils** de mise en page et de gestion des droits d’auteur ;
- **organiser des tournées communes** dans les librairies d’Auvergne-Rhône-Alpes ;
- **développer la vente directe** lors d’événements, sans pour autant court-circuiter les libraires.

> « On a longtemps cru que l’indépendance voulait dire faire tout seul. On découvre qu’elle peut aussi vouloir dire choisir avec qui on travaille. »
> — Nour Benali, directrice de l’Atelier Saône-Papiers

Cette logique de coopération séduit au-delà de Lyon. Des collectifs similaires se sont constitués à Marseille, à Nantes et à Lille, et un réseau national est en discussion. Un premier état des lieux de ces initiatives a été publié par [l’association des éditeurs indépendants de la région](https://www.example.org/editeurs-independants/etat-des-lieux).

## Les aides publiques, un filet de sécurité jugé insuffisant

Les éditeurs rencontrés reconnaissent l’importance des aides à la publication, qu’elles viennent de l’État ou de la région. Mais ils pointent leur complexité et leurs délais. « Entre le dépôt du dossier et le versement, il peut s’écouler un an. Pour une maison qui vit au jour le jour, c’est une éternité », explique Olivier Sarrazin.

Plusieurs éditeurs plaident pour des aides plus souples, attribuées non plus titre par titre mais sur la base d’un programme éditorial annuel. D’autres réclament un soutien spécifique aux traductions, devenues presque inaccessibles pour les petites structures. Au ministère de la Culture, on indique qu’une réflexion est en cours sur la simplification des dispositifs, sans calendrier précis.

## Une bibliodiversité en jeu

Au-delà des difficultés économiques, c’est la diversité de l’offre éditoriale qui inquiète. Les petites maisons publient souvent ce que les grands groupes jugent trop risqué : premiers textes, poésie, littératures étrangères peu traduites, essais pointus. Leur fragilisation pourrait, à terme, appauvrir les tables des libraires.

Les lecteurs, eux, semblent attachés à ces catalogues. Lors du dernier salon organisé par le collectif dans le quartier de la Guillotière, plus de 3 000 visiteurs se sont pressés entre les stands en un seul week-end. Un signe encourageant, veut croire **Olivier Sarrazin**, qui prépare déjà la sortie d’un premier roman pour le printemps. « Tant qu’il y aura des gens pour ouvrir nos livres, on trouvera le moyen de les fabriquer. »`,
  },
  {
    key: 'c-serie-nuit-estaque',
    title: 'Séries : avec « La Nuit de l’Estaque », Marseille s’impose comme la capitale des tournages',
    standfirst:
      'Thriller en huit épisodes tourné entre le port et les collines, la nouvelle série de Canopée TV illustre l’essor des productions dans la cité phocéenne. Mais la ruée des équipes de tournage suscite aussi des tensions.',
    section: 'culture',
    authors: ['amandine-roux'],
    tags: ['cinema', 'marseille'],
    status: 'draft',
    publishOffsetHours: 0,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/serie-nuit-estaque-tournage.jpg',
      alt: 'Une équipe de tournage installe des projecteurs sur un quai du port de l’Estaque, au crépuscule',
      caption: 'Tournage d’une scène nocturne de « La Nuit de l’Estaque » sur le port de l’Estaque, à Marseille.',
      credit: 'Photo : Lucas Ferrandi / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-cannes-palme-heures-claires', 'c-musee-docks-marseille'],
    external: [
      {
        url: 'https://www.cnc.fr',
        title: 'CNC – Centre national du cinéma et de l’image animée',
        description: 'Les dispositifs de soutien à la production audiovisuelle et les données sur la fiction française.',
      },
    ],
    body: `Sur le port de l’Estaque, les pêcheurs ont pris l’habitude de contourner les câbles électriques et les camions-loges. Depuis trois mois, l’équipe de *La Nuit de l’Estaque* occupe les quais, les ruelles et les hauteurs du quartier pour tourner un thriller en huit épisodes, attendu au printemps sur la plateforme Canopée TV. Une production de près de 14 millions d’euros, l’une des plus ambitieuses jamais tournées dans la ville, qui confirme le statut de Marseille comme deuxième pôle de tournage du pays derrière l’Île-de-France.

La série suit **Inès Rabah**, une commissaire de police revenue dans son quartier natal pour enquêter sur la disparition d’un docker, et qui découvre peu à peu que l’affaire touche sa propre famille. Créée par le scénariste **Mathieu Orsoni**, connu pour ses polars radiophoniques, elle mêle enquête criminelle, chronique sociale et portrait d’une ville en pleine transformation.

## Un polar ancré dans le territoire : les choix de la production

Dès l’écriture, Mathieu Orsoni a voulu que Marseille soit plus qu’un décor. La plupart des seconds rôles ont été confiés à des comédiens de la région, et près de la moitié de l’équipe technique a été recrutée localement. Les dialogues font une large place aux expressions du quartier, au risque, assume le scénariste, de dérouter une partie du public.

> « Je ne voulais pas d’une carte postale. Je voulais filmer la ville telle que je la connais : belle, brutale, drôle, jamais simple. L’Estaque, c’est un village dans la ville, avec ses fidélités et ses secrets. »
> — Mathieu Orsoni, créateur de la série

La réalisatrice des quatre premiers épisodes, **Camille Taravella**, a privilégié les tournages de nuit et la lumière naturelle du petit matin. Plusieurs séquences ont été tournées dans les anciennes tuileries du quartier, un lieu chargé d’histoire industrielle que l’équipe a dû sécuriser pendant plusieurs semaines.

## L’essor des séries à Marseille : ce que disent les chiffres

L’exemple de *La Nuit de l’Estaque* n’est pas isolé. Selon le bureau d’accueil des tournages de la ville, le nombre de jours de tournage a progressé de plus de 40 % en cinq ans. Feuilletons quotidiens, séries policières, fictions pour les plateformes : la ville accueille désormais des productions toute l’année.

Plusieurs facteurs expliquent cet essor :

- **des studios modernisés**, capables d’accueillir plusieurs productions simultanément ;
- **des aides régionales** ciblées sur les tournages qui recrutent localement ;
- **une lumière et une diversité de décors** appréciées des chefs opérateurs, de la mer aux quartiers nord ;
- **un vivier de techniciens** formés dans les écoles de la région, qui évite de faire venir des équipes entières de Paris.

Cette dynamique profite à toute une économie : loueurs de matériel, traiteurs, hôtels, agences de figuration. Un responsable régional du secteur estime que chaque euro investi dans un tournage génère plusieurs euros de retombées locales, un chiffre difficile à vérifier mais souvent avancé par les collectivités.

## Quand les tournages agacent : des riverains sous tension

Mais cette activité n’est pas sans frictions. À l’Estaque comme dans d’autres quartiers, des riverains se plaignent des stationnements interdits, des rues bloquées et des projecteurs allumés jusqu’à l’aube. Une pétition a recueilli plusieurs centaines de signatures cet automne pour demander une meilleure répartition des tournages.

« On est contents qu’on parle de notre quartier, mais on aimerait aussi pouvoir rentrer chez nous le soir », résume **Gisèle Ambrosino**, présidente d’un comité d’intérêt de quartier. La production assure avoir multiplié les réunions d’information et indemnisé les commerçants touchés par les fermetures de rues.

La mairie réfléchit à une charte des tournages, qui prévoirait notamment des plages horaires limitées et une contribution des productions à des projets culturels locaux. Une première version doit être présentée dans les prochains mois aux professionnels et aux habitants.

## Un pari pour la plateforme, un test pour la fiction française

Pour Canopée TV, jeune plateforme de streaming qui cherche à se distinguer des géants américains, la série est un investissement stratégique. Elle sera également proposée à l’international, où les polars français connaissent un succès croissant. *La Nuit de l’Estaque* a déjà été vendue dans une dizaine de pays avant même la fin du tournage.

Reste à savoir si le public suivra. Les séries ancrées dans une ville et une langue singulières ont parfois du mal à trouver leur place, mais plusieurs succès récents ont montré que la spécificité pouvait devenir un atout. Mathieu Orsoni, lui, travaille déjà à l’écriture d’une deuxième saison, au cas où.`,
  },
];
