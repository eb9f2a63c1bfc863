import type { DemoArticle } from './types.js';

// Lot C : culture (cinéma, livres, séries, musées) et sport (rugby, cyclisme,
// football amateur, sport féminin). Toutes les personnes, œuvres, entreprises,
// clubs et citations sont fictifs ; seuls les lieux, les grands événements et
// les institutions publiques existent réellement.

export const articlesC: DemoArticle[] = [
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
  {
    key: 'c-musee-docks-marseille',
    title: 'Marseille : après quatre ans de travaux, le musée des Docks-Sud rouvre ses portes',
    standfirst:
      'Agrandi, rénové et désormais gratuit le premier dimanche du mois, le musée consacré à l’histoire portuaire de Marseille mise sur un parcours repensé et sur les habitants du quartier pour retrouver son public.',
    section: 'culture',
    authors: ['amandine-roux'],
    tags: ['marseille', 'energie'],
    status: 'published',
    publishOffsetHours: -612,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/musee-docks-sud-marseille.jpg',
      alt: 'La façade rénovée d’un ancien entrepôt portuaire transformé en musée, face à la mer',
      caption: 'La façade du musée des Docks-Sud, ancien entrepôt du XIXe siècle, à Marseille.',
      credit: 'Photo : Lucas Ferrandi / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-cannes-palme-heures-claires', 'c-edition-independante-lyon'],
    external: [
      {
        url: 'https://www.culture.gouv.fr',
        title: 'Ministère de la Culture',
        description: 'Les musées de France, leurs labels et les politiques d’accès à la culture.',
      },
    ],
    body: `Il y avait foule, samedi matin, devant les grilles du musée des Docks-Sud. Fermé depuis quatre ans pour une rénovation complète, l’établissement consacré à l’histoire portuaire de Marseille a rouvert ses portes au public, au terme d’un chantier de 38 millions d’euros financé par la ville, la région et l’État. Dès 10 heures, la file d’attente s’étirait jusqu’au quai, mêlant familles du quartier, touristes de passage et anciens dockers venus voir ce que l’on avait fait de « leur » entrepôt.

Installé dans un magasin de stockage du XIXe siècle, le musée avait fini par vieillir mal : salles mal éclairées, parcours confus, absence d’accessibilité pour les personnes à mobilité réduite. Sa fréquentation était tombée sous la barre des 60 000 visiteurs par an. La nouvelle direction vise le triple d’ici trois ans.

## Un parcours repensé : du comptoir antique au port d’aujourd’hui

Le cœur du projet tient dans un parcours entièrement réécrit, qui déroule vingt-six siècles d’histoire portuaire en cinq grandes étapes, de la fondation de Massalia par les marins phocéens jusqu’aux terminaux à conteneurs de Fos-sur-Mer. Le visiteur traverse les époques en suivant les marchandises qui ont fait la fortune de la ville : huile, blé, savon, sucre, soie, puis les hydrocarbures et les conteneurs.

![Une salle du musée où une maquette géante du port est éclairée par des projections lumineuses](https://cdn.lekiosque.example/images/2026/musee-docks-sud-maquette.jpg)

*La grande maquette du port, longue de quatorze mètres, est animée par des projections qui montrent l’évolution des bassins au fil des siècles.*

L’une des pièces maîtresses est une maquette géante du port, restaurée et enrichie de projections lumineuses, qui permet de visualiser l’extension progressive des bassins vers le nord. Autre temps fort, une salle consacrée aux travailleurs du port réunit des objets, des photographies et des enregistrements sonores collectés auprès d’anciens dockers et de leurs familles.

## La parole des habitants au cœur des collections

C’est sans doute la principale innovation de ce nouveau musée : une partie importante des collections a été constituée grâce aux dons et aux témoignages des habitants. Pendant la fermeture, l’équipe de conservation a organisé des dizaines de collectes dans les quartiers de la Joliette, d’Arenc et de l’Estaque.

> « Nous ne voulions pas d’un musée qui parle du port à la place de ceux qui l’ont fait vivre. Chaque carte de pointage, chaque photo de famille raconte une histoire que les archives officielles avaient oubliée. »
> — Hélène Castellan, directrice du musée des Docks-Sud

Parmi les objets les plus émouvants figurent des crochets de dockers, des carnets de paie, un drapeau syndical brodé à la main dans les années 1950 et des dizaines de lettres d’immigrés arrivés par bateau d’Italie, d’Arménie, d’Algérie ou des Comores. Ces récits, souvent anonymes, sont présentés sur un pied d’égalité avec les pièces archéologiques et les tableaux de marine.

## Gratuité, horaires élargis : ce qui change pour les visiteurs

La réouverture s’accompagne d’une nouvelle politique tarifaire, pensée pour attirer un public qui ne fréquentait pas le musée. Les principales nouveautés sont les suivantes :

- **gratuité le premier dimanche de chaque mois** pour tous les visiteurs ;
- **entrée libre toute l’année** pour les moins de 26 ans et les habitants des quartiers voisins, sur présentation d’un justificatif ;
- **ouverture en nocturne** le jeudi jusqu’à 21 heures ;
- **un tarif plein ramené à 8 euros**, contre 10 euros avant les travaux ;
- des visites en langue des signes et des parcours adaptés aux personnes malvoyantes.

Le musée propose aussi un programme de médiation ambitieux, avec des ateliers pour les écoles et des visites racontées par d’anciens travailleurs du port. Le calendrier complet est disponible sur [la page de la programmation](https://www.example.org/musee-docks-sud/programmation).

## Un pari culturel et urbain pour le quartier

Au-delà de la culture, la réouverture du musée s’inscrit dans la transformation du front de mer marseillais, engagée depuis une vingtaine d’années. Les élus espèrent qu’il contribuera à animer un secteur encore marqué par les friches et les entrepôts désaffectés.

Le chantier a aussi été l’occasion de repenser la consommation d’énergie du bâtiment, longtemps qualifié de « passoire » par ses propres agents. Le musée est désormais raccordé au réseau de *thalassothermie* du quartier, qui utilise l’eau de mer pour chauffer et rafraîchir les salles, et sa toiture accueille des panneaux solaires. Selon la direction, la facture énergétique devrait baisser de près de moitié, tout en garantissant aux œuvres fragiles une température et une humidité stables.

Certains habitants restent toutefois prudents. Ils redoutent que l’embellissement du quartier n’accélère la hausse des loyers et le départ des familles modestes. La direction du musée dit avoir entendu ces inquiétudes et s’engage à réserver une partie de ses emplois, notamment à l’accueil et à la médiation, aux habitants des environs.

Pour l’heure, l’enthousiasme domine. À la sortie, **Marcel Giordanengo**, 84 ans, ancien docker, s’arrête longuement devant une photographie où il se reconnaît, jeune homme, sur un quai du bassin de la Pinède. « Ils ont gardé notre mémoire, dit-il simplement. C’est tout ce qu’on demandait. »`,
  },
  {
    key: 'c-six-nations-france-irlande',
    title: 'Tournoi des Six Nations : le XV de France renverse l’Irlande et garde le cap du Grand Chelem',
    standfirst:
      'Menés 20-20 à un quart d’heure de la fin, les Bleus se sont imposés 27-20 au Stade de France grâce à un essai de Noa Vakatawa. Trois victoires en trois matchs : la France est seule en tête du Tournoi.',
    section: 'sport',
    authors: ['julien-castagne'],
    tags: ['tournoi-des-six-nations', 'rugby', 'paris'],
    status: 'published',
    publishOffsetHours: -5,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/six-nations-france-irlande.jpg',
      alt: 'Un ailier du XV de France plonge dans l’en-but sous les yeux d’un défenseur irlandais',
      caption: 'Noa Vakatawa marque l’essai de la victoire à la 74e minute, au Stade de France, à Saint-Denis.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-sport-feminin-rapport-moyens', 'c-football-amateur-aygalades'],
    external: [
      {
        url: 'https://www.sports.gouv.fr',
        title: 'Ministère des Sports',
        description: 'Les politiques publiques du sport, du haut niveau à la pratique pour tous.',
      },
    ],
    body: `Il a fallu attendre la 74e minute pour que le Stade de France puisse enfin exulter. Sur une dernière accélération au large, l’ailier **Noa Vakatawa** a échappé à deux plaquages avant d’aplatir dans le coin, offrant au XV de France une victoire précieuse face à l’Irlande (27-20), samedi soir à Saint-Denis. Au terme d’un match d’une intensité rare, les Bleus signent leur troisième succès en trois rencontres et prennent seuls la tête du Tournoi des Six Nations, à deux journées de la fin.

« On savait que ce serait un combat de chaque seconde. On a souffert, on a douté, mais on est restés ensemble », a résumé au micro le capitaine **Maxime Etcheverry**, le visage marqué par les chocs, avant de rejoindre ses coéquipiers pour un tour d’honneur devant 80 000 spectateurs.

## Une première période maîtrisée, un retour irlandais spectaculaire

Tout avait pourtant commencé comme dans un rêve. Portés par une conquête dominatrice et un demi de mêlée, **Théo Sarraute**, inspiré, les Français ont inscrit deux essais en vingt-cinq minutes, le premier par le talonneur sur un ballon porté, le second par l’arrière **Hugo Lacombe** après une relance de quatre-vingts mètres. À la pause, ils menaient logiquement 17-6, et l’Irlande semblait incapable de trouver la solution.

Le scénario s’est inversé au retour des vestiaires. Plus agressifs dans les rucks, les Irlandais ont étouffé le jeu français et marqué deux essais en moins d’un quart d’heure, le second à la 62e minute après une série de pick-and-go au ras des regroupements. Transformé par l’ouvreur **Cian O’Rourke**, il ramenait les deux équipes à égalité, 20-20, dans un stade soudain silencieux.

### Le tournant du match

C’est le banc français qui a fait la différence. Entrés à l’heure de jeu, les remplaçants de la première ligne ont redonné de la puissance à la mêlée, obtenant une pénalité décisive dans le camp adverse. Quelques minutes plus tard, l’ouvreur **Baptiste Laborde** décalait Vakatawa d’une passe millimétrée pour l’essai de la victoire, qu’il transformait lui-même depuis la ligne de touche.

## Le sélectionneur satisfait, mais lucide

Après la rencontre, le sélectionneur **Pierre-Henri Lassalle** s’est montré heureux mais mesuré. Il a salué la capacité de son groupe à réagir, tout en pointant une seconde période trop passive et une indiscipline coûteuse, avec onze pénalités concédées.

> « Gagner ce genre de match quand on n’est pas à son meilleur niveau, c’est la marque d’une équipe qui grandit. Mais il ne faut pas se raconter d’histoires : contre l’Écosse, si on rend le ballon comme on l’a fait en deuxième mi-temps, on le paiera. »
> — Pierre-Henri Lassalle, sélectionneur du XV de France

Les Irlandais, eux, repartent avec le bonus défensif et une certitude : ils restent dans la course au titre. Leur entraîneur a regretté « quelques détails » et un dernier quart d’heure où ses joueurs ont manqué de lucidité.

## Le classement après trois journées

Avec ce succès, la France compte quatre points d’avance sur l’Irlande, qui conserve toutefois son destin en main en cas de faux pas des Bleus. L’Angleterre, victorieuse à Rome, reste également en embuscade.

| Rang | Équipe | Joués | Victoires | Nuls | Défaites | Différence | Points |
| ---: | :--- | :---: | :---: | :---: | :---: | ---: | ---: |
| 1 | France | 3 | 3 | 0 | 0 | +41 | 14 |
| 2 | Irlande | 3 | 2 | 0 | 1 | +18 | 10 |
| 3 | Angleterre | 3 | 2 | 0 | 1 | +9 | 9 |
| 4 | Écosse | 3 | 1 | 0 | 2 | −6 | 6 |
| 5 | Italie | 3 | 1 | 0 | 2 | −22 | 5 |
| 6 | Pays de Galles | 3 | 0 | 0 | 3 | −40 | 1 |

Les points sont attribués selon le barème habituel du Tournoi : quatre pour une victoire, deux pour un match nul, un point de bonus offensif pour quatre essais marqués et un point de bonus défensif pour une défaite par sept points d’écart ou moins. Une équipe qui réalise le Grand Chelem reçoit trois points supplémentaires.

## Murrayfield puis l’Angleterre : les deux derniers obstacles

Le calendrier des Bleus ne leur laisse aucun répit. Après une semaine de repos, ils se rendront à Édimbourg pour affronter l’Écosse, une équipe qui leur a souvent posé des problèmes ces dernières années. Ils recevront ensuite l’Angleterre pour la dernière journée, lors d’un match qui pourrait décider du titre.

Plusieurs questions restent en suspens pour le staff :

1. **L’état physique du pilier Julien Ibarra**, sorti sur protocole commotion en première période, qui devra passer plusieurs examens avant d’être autorisé à rejouer ;
2. **La discipline**, chantier prioritaire après un match où l’équipe a offert de nombreux points d’appui à l’adversaire ;
3. **La gestion des temps faibles**, alors que les Bleus ont encaissé quatorze points en quinze minutes.

Pour les supporters, en tout cas, l’espoir est de retour. Dans les travées du Stade de France, les chants ont longtemps résonné après le coup de sifflet final, et les premières banderoles évoquant le Grand Chelem ont fait leur apparition. Les joueurs, eux, préfèrent ne pas y penser. « On a gagné un match, pas un Tournoi », a rappelé Baptiste Laborde, avant de filer vers le car de l’équipe. Retrouvez [toutes nos notes des joueurs](https://www.example.org/six-nations-2026/france-irlande-notes) et l’analyse détaillée de la rencontre.`,
  },
  {
    key: 'c-paris-nice-perrochon',
    title: 'Paris-Nice : au mont Brouilly, Lucas Perrochon s’offre sa première grande victoire',
    standfirst:
      'À 22 ans, le grimpeur lyonnais de l’équipe Horizon-Rhône a remporté la quatrième étape de la Course au soleil au terme d’une attaque solitaire. Il s’empare aussi du maillot jaune.',
    section: 'sport',
    authors: ['julien-castagne'],
    tags: ['lyon', 'paris'],
    status: 'published',
    publishOffsetHours: -77,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/paris-nice-perrochon-brouilly.jpg',
      alt: 'Un coureur cycliste lève les bras en franchissant la ligne d’arrivée au sommet d’une côte',
      caption: 'Lucas Perrochon franchit seul la ligne au sommet du mont Brouilly, dans le Beaujolais.',
      credit: 'Photo : Bastien Grollier / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-six-nations-france-irlande', 'c-sport-feminin-rapport-moyens'],
    external: [],
    body: `Il a levé les bras, puis s’est pris la tête entre les mains, incrédule. Au sommet du mont Brouilly, dans le Beaujolais, **Lucas Perrochon** a remporté mercredi la quatrième étape de Paris-Nice, sa première victoire chez les professionnels. À 22 ans, le coureur de l’équipe Horizon-Rhône a lâché tous ses adversaires dans les pentes les plus raides de cette courte mais redoutable ascension, avant de franchir la ligne avec neuf secondes d’avance sur un petit groupe de favoris. Il s’empare dans la foulée du maillot jaune de leader du classement général.

« Je ne réalise pas. Ce matin, je me disais que je pourrais peut-être jouer un top 10. Et là, je suis leader de Paris-Nice, à quelques kilomètres de chez moi », a-t-il confié, encore essoufflé, entouré de ses parents venus de Villefranche-sur-Saône pour l’occasion.

## Une attaque à trois kilomètres du sommet : le récit de l’étape

L’étape, longue de 183 kilomètres entre Vichy et le mont Brouilly, avait longtemps été animée par une échappée de six coureurs, reprise à une vingtaine de kilomètres de l’arrivée. Dans la montée finale, 3 kilomètres à près de 8 % de moyenne avec des passages à plus de 12 %, les équipes des favoris ont imprimé un rythme élevé, réduisant le peloton à une trentaine d’unités.

C’est alors que Perrochon a surpris tout le monde. Profitant d’un léger temps mort après une première offensive du Danois **Mads Kjeldgaard**, il a placé une attaque sèche dans le passage le plus raide. Personne n’a pu le suivre immédiatement. Derrière, l’hésitation entre les leaders a fait le reste : le temps que la poursuite s’organise, le jeune Français avait creusé un écart suffisant.

### Le classement général après quatre étapes

1. **Lucas Perrochon** (Horizon-Rhône), en 15 h 42 min 18 s ;
2. **Mads Kjeldgaard** (Danemark), à 7 s ;
3. **Unai Etxabarri** (Espagne), à 12 s ;
4. **Romain Vasseur** (France), à 19 s ;
5. **Pieter Vanhoutte** (Belgique), à 24 s.

## Un grimpeur formé dans les clubs de la région lyonnaise

Rien ne prédestinait particulièrement Lucas Perrochon au cyclisme de haut niveau. Fils d’une infirmière et d’un artisan menuisier, il a découvert le vélo à 12 ans dans un club de la banlieue lyonnaise, en accompagnant un camarade de classe. Il a rapidement montré des qualités de grimpeur, remportant plusieurs courses régionales chez les juniors avant d’intégrer l’équipe de développement d’Horizon-Rhône.

Son directeur sportif, **Frédéric Mazoyer**, le suit depuis ses 17 ans et ne cache pas son émotion.

> « Lucas a un moteur exceptionnel, mais ce qui le distingue, c’est sa tête. Il écoute, il apprend, il ne se prend jamais pour un autre. Aujourd’hui, il a couru avec une maturité qu’on voit rarement à son âge. »
> — Frédéric Mazoyer, directeur sportif d’Horizon-Rhône

Pour l’équipe, petite formation au budget modeste, cette victoire a une valeur considérable. Elle devrait renforcer sa candidature pour obtenir une invitation aux grandes courses de l’été et rassurer ses partenaires, majoritairement des entreprises régionales.

## Garder le maillot jaune jusqu’à Nice : un défi de taille

Le plus dur reste pourtant à faire. Paris-Nice compte encore quatre étapes, dont un contre-la-montre vallonné vendredi et une arrivée en altitude samedi, dans l’arrière-pays niçois. Sur ces terrains, Perrochon, dont le contre-la-montre reste le point faible, devra limiter les pertes face à des rivaux plus expérimentés.

Mads Kjeldgaard, vainqueur d’une course par étapes de premier plan la saison dernière, est considéré comme le grand favori. Il n’a pas caché son intention de reprendre du temps dès le chrono. « Lucas a été très fort aujourd’hui, mais la course est encore longue », a-t-il prévenu.

Les principales échéances des prochains jours :

- **jeudi** : étape de transition, propice aux sprinteurs, vers la vallée du Rhône ;
- **vendredi** : contre-la-montre individuel de 24 kilomètres, au profil vallonné ;
- **samedi** : arrivée en altitude dans l’arrière-pays niçois, étape reine de l’épreuve ;
- **dimanche** : dernière étape autour de Nice, traditionnellement nerveuse.

## Un signal pour le cyclisme français

Au-delà du résultat, la performance de Perrochon réjouit le cyclisme français, en quête de nouveaux leaders pour les courses par étapes. Plusieurs jeunes coureurs se sont illustrés ces dernières saisons, mais peu ont réussi à confirmer sur les épreuves de premier plan.

*Ne pas s’emballer* : c’est le mot d’ordre dans l’entourage du coureur. Son entraîneur rappelle qu’il ne dispute que sa deuxième saison chez les professionnels et qu’il a encore beaucoup à apprendre. Mais sur les routes du Beaujolais, les centaines de supporters venus l’encourager ont déjà commencé à rêver. Sur une pancarte brandie au bord de la route, on pouvait lire : « Lucas, jusqu’à Nice ! » Le suivi de la course, étape par étape, est à retrouver sur [notre page spéciale Paris-Nice](https://www.example.org/paris-nice-2026/direct).`,
  },
  {
    key: 'c-football-amateur-aygalades',
    title: 'Coupe de France : le Sporting des Aygalades, club amateur marseillais, fait tomber un pensionnaire de Ligue 2',
    standfirst:
      'Pensionnaire de Régional 1, le club des quartiers nord de Marseille a battu l’AS Rhône-Vallons (2-1) et se qualifie pour les seizièmes de finale. Une épopée portée par une centaine de bénévoles.',
    section: 'sport',
    authors: ['julien-castagne'],
    tags: ['marseille', 'lyon'],
    status: 'published',
    publishOffsetHours: -205,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/coupe-de-france-aygalades.jpg',
      alt: 'Des joueurs amateurs en maillot vert célèbrent une victoire devant une tribune comble',
      caption: 'La joie des joueurs du Sporting Club des Aygalades après leur qualification, dimanche, à Marseille.',
      credit: 'Photo : Lucas Ferrandi / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-sport-feminin-rapport-moyens', 'c-six-nations-france-irlande'],
    external: [
      {
        url: 'https://www.sports.gouv.fr',
        title: 'Ministère des Sports',
        description: 'Le soutien de l’État au sport amateur, aux clubs et au bénévolat associatif.',
      },
    ],
    body: `Au coup de sifflet final, les tribunes du petit stade municipal ont tremblé comme jamais. Dimanche après-midi, devant près de 3 000 spectateurs massés jusque sur les talus, le **Sporting Club des Aygalades**, modeste pensionnaire de Régional 1, a éliminé l’AS Rhône-Vallons, club de Ligue 2, en trente-deuxièmes de finale de la Coupe de France (2-1). Une qualification historique pour ce club des quartiers nord de Marseille, qui n’avait jamais dépassé le septième tour de la compétition.

Sur la pelouse synthétique, joueurs, dirigeants et enfants de l’école de football se sont mêlés dans une joyeuse confusion. « C’est la victoire de tout un quartier », a lancé le président du club, **Rachid Bensaïd**, les yeux rougis, avant d’être porté en triomphe par ses joueurs.

## Un match de cœur et de sueur : le récit de la rencontre

Face à des professionnels venus de la région lyonnaise, les Marseillais avaient choisi de défendre bas et de jouer les contres. Le plan a fonctionné au-delà des espérances. Dès la 18e minute, l’attaquant **Yacine Belkacem**, livreur le jour et buteur le week-end, a ouvert le score d’une frappe croisée après une récupération haute.

Les visiteurs ont égalisé juste avant la pause sur un coup de pied arrêté, et la seconde période a longtemps ressemblé à un siège. Mais le gardien **Kévin Ruggieri**, auteur de plusieurs arrêts décisifs, a maintenu son équipe dans le match. À la 81e minute, sur un corner, le défenseur central **Samir Aït-Ouali** a surgi au premier poteau pour placer une tête imparable. Les dix dernières minutes, disputées dans une ambiance indescriptible, ont paru durer une éternité.

> « On s’est entraînés trois fois par semaine, le soir, après le travail. Certains ont pris des jours de congé pour préparer ce match. Aujourd’hui, ils ont montré que le football amateur a du cœur et du talent. »
> — Fabrice Orlandini, entraîneur du Sporting Club des Aygalades

## Un club de quartier qui tient grâce aux bénévoles

Derrière l’exploit sportif se cache une réalité beaucoup plus fragile. Le Sporting Club des Aygalades compte 420 licenciés, dont plus de 300 jeunes, pour un budget annuel d’environ 180 000 euros. Il ne fonctionne que grâce à l’engagement d’une centaine de bénévoles, qui assurent l’encadrement des équipes, le transport des enfants, la buvette et l’entretien des équipements.

### Des moyens limités pour une mission sociale

Le club joue un rôle qui dépasse largement le cadre sportif. Il propose du soutien scolaire le mercredi, accompagne des jeunes dans leur recherche d’emploi et organise des stages pendant les vacances. Ses dirigeants énumèrent sans peine les difficultés du quotidien :

- **des installations vieillissantes**, avec un seul terrain pour toutes les catégories ;
- **une dépendance aux subventions**, souvent versées avec retard ;
- **un renouvellement difficile des bénévoles**, dont beaucoup ont plus de 60 ans ;
- **le coût croissant des déplacements**, qui pèse lourdement sur les équipes de jeunes.

« On passe notre temps à chercher de l’argent pour payer des minibus et des ballons », résume **Nadège Pellegrin**, trésorière du club depuis quinze ans. Pour faire face aux frais engendrés par ce parcours en coupe, le club a lancé [une cagnotte en ligne](https://www.example.org/sporting-aygalades/soutien), qui a déjà dépassé les 20 000 euros.

## Les seizièmes de finale : l’espoir d’une affiche de prestige

Le tirage au sort des seizièmes de finale aura lieu lundi soir. Dans le quartier, tout le monde rêve d’un grand club de Ligue 1 et d’un match délocalisé dans une enceinte plus vaste. Les recettes de billetterie et les droits de retransmission pourraient alors représenter une somme considérable pour un club de cette taille, peut-être l’équivalent de plusieurs années de budget.

Les dirigeants, eux, pensent déjà à l’utilisation de ces éventuelles ressources. Leur priorité : la rénovation des vestiaires, vétustes, et la création d’une section féminine, demandée depuis longtemps par les jeunes filles du quartier. « Si la Coupe nous apporte quelque chose, ce sera pour les enfants », insiste Rachid Bensaïd.

## La magie intacte de la Coupe de France

Cette épopée rappelle combien la Coupe de France reste un rendez-vous à part dans le football français. Chaque saison, des milliers de clubs amateurs s’y engagent, et quelques-uns parviennent à défier les professionnels. Ces exploits, largement relayés, offrent une visibilité inespérée à des structures qui vivent le plus souvent dans l’ombre.

Pour les joueurs des Aygalades, l’aventure a déjà changé quelque chose. Lundi matin, Yacine Belkacem a repris sa tournée de livraisons, mais il a été arrêté à chaque coin de rue. « Les gens me félicitent, me prennent en photo. Hier, j’étais un joueur amateur parmi d’autres. Aujourd’hui, je suis celui qui a marqué contre une équipe pro », sourit-il. Jusqu’au prochain tour, au moins, le quartier continuera de vivre *au rythme de la Coupe*.`,
  },
  {
    key: 'c-xv-feminin-angleterre',
    title: 'Tournoi des Six Nations féminin : face à l’Angleterre, les Bleues veulent briser le plafond de verre',
    standfirst:
      'Invaincues depuis le début de la compétition, les joueuses de Gaëlle Marticorena reçoivent samedi à Bordeaux l’ogre anglais, qui domine le rugby féminin européen depuis des années. Un match pour le titre et pour l’histoire.',
    section: 'sport',
    authors: ['julien-castagne'],
    tags: ['rugby', 'tournoi-des-six-nations'],
    status: 'scheduled',
    publishOffsetHours: 48,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/xv-feminin-angleterre-bordeaux.jpg',
      alt: 'Des joueuses du XV de France féminin s’entraînent sous la pluie sur une pelouse',
      caption: 'Séance d’entraînement des Bleues au Centre national du rugby, à Marcoussis, à quelques jours du choc face à l’Angleterre.',
      credit: 'Photo : Camille Dersoir / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-six-nations-france-irlande', 'c-sport-feminin-rapport-moyens'],
    external: [
      {
        url: 'https://www.insep.fr',
        title: 'INSEP – Institut national du sport, de l’expertise et de la performance',
        description: 'L’établissement public qui accompagne les sportives et sportifs de haut niveau et produit des recherches sur la performance.',
      },
      {
        url: 'https://www.sports.gouv.fr',
        title: 'Ministère des Sports',
        description: 'Les actions de l’État en faveur du développement de la pratique sportive féminine.',
      },
    ],
    body: `Samedi, le stade Chaban-Delmas de Bordeaux affichera complet pour un match que les joueuses du XV de France attendent depuis des mois. Invaincues après quatre journées du Tournoi des Six Nations féminin, les Bleues reçoivent l’Angleterre, elle aussi sans défaite, dans une véritable finale pour le titre. Un défi immense : les Anglaises n’ont plus perdu dans la compétition depuis de nombreuses saisons et restent la référence mondiale de la discipline.

« On n’a rien à perdre et tout à prouver. Ce match, on l’a dans la tête depuis la dernière défaite contre elles. Cette fois, on veut le gagner devant notre public », affirme la capitaine **Manon Lasserre**, troisième ligne de 29 ans, au terme de la dernière séance d’entraînement de la semaine à Marcoussis.

## Un parcours sans faute : comment les Bleues en sont arrivées là

Les Françaises ont abordé le Tournoi avec de grandes ambitions et les ont confirmées match après match. Après une victoire solide en Italie, elles ont dominé le pays de Galles, puis l’Écosse, avant de s’imposer avec autorité face à l’Irlande. Leur attaque, la plus prolifique de la compétition, a inscrit vingt-quatre essais en quatre rencontres.

### Une génération arrivée à maturité

Le succès de cette équipe tient en grande partie à une génération de joueuses qui évoluent ensemble depuis les catégories de jeunes. Plusieurs d’entre elles ont été championnes du monde chez les moins de 20 ans et comptent désormais plus de trente sélections. L’ouvreuse **Clémence Arrieta**, 24 ans, incarne cette nouvelle vague : précise au pied, inventive à la main, elle est devenue la véritable chef d’orchestre des Bleues.

### Des conditions de préparation améliorées

Les joueuses bénéficient aussi de conditions de préparation nettement meilleures qu’il y a quelques années. La plupart disposent désormais de contrats fédéraux qui leur permettent de s’entraîner à temps plein ou presque, et le staff s’est étoffé avec des spécialistes de la préparation physique, de la nutrition et de l’analyse vidéo.

## L’Angleterre, une puissance à part

Face à elles, les Bleues trouveront une équipe d’une solidité impressionnante. Professionnalisées depuis longtemps, les Anglaises s’appuient sur un championnat national structuré et un vivier de joueuses très large. Leur pack, réputé comme le plus puissant du monde, a écrasé la plupart de ses adversaires cette saison.

Le staff français a identifié plusieurs clés pour espérer l’emporter :

1. **Tenir en conquête**, notamment en touche, où les Anglaises construisent la majorité de leurs essais grâce au maul ;
2. **Imposer du rythme**, pour fatiguer un pack lourd et exploiter la vitesse des lignes arrière françaises ;
3. **Rester disciplinées**, car la buteuse anglaise **Charlotte Ashworth** ne pardonne presque jamais ;
4. **Gérer l’émotion**, dans un stade acquis à leur cause mais qui pourrait aussi ajouter de la pression.

> « L’Angleterre ne nous laissera aucun espace. Mais nous avons le jeu et le mental pour la faire douter. Ce que je demande aux filles, c’est de jouer sans peur, avec la même audace que depuis le début du Tournoi. »
> — Gaëlle Marticorena, sélectionneuse du XV de France féminin

## Un engouement populaire inédit pour le rugby féminin

Au-delà de l’enjeu sportif, ce match confirme l’essor spectaculaire du rugby féminin en France. Les affluences dans les stades ont fortement progressé ces dernières années, et les audiences télévisées des matchs des Bleues atteignent désormais des niveaux comparables à ceux de certaines affiches masculines. Les 30 000 billets mis en vente pour ce France-Angleterre se sont écoulés en moins de quarante-huit heures.

Cette popularité se traduit aussi sur le terrain. Le nombre de licenciées ne cesse d’augmenter, et de nombreux clubs amateurs ont créé des sections féminines, notamment chez les plus jeunes. « Après chaque grand match, on reçoit des appels de parents qui veulent inscrire leurs filles », témoigne **Sandrine Lacaze**, responsable d’une école de rugby de la banlieue bordelaise.

## Après le Tournoi, l’horizon de la Coupe du monde

Quel que soit le résultat, les Bleues savent que ce match n’est qu’une étape. Le staff a construit son projet à plus long terme, avec en ligne de mire la prochaine Coupe du monde. Battre l’Angleterre serait toutefois un signal fort, la preuve que l’écart avec la première nation mondiale s’est enfin réduit.

Le coup d’envoi sera donné samedi à 17 h 45. Le match sera retransmis en direct à la télévision, et une fan-zone sera installée sur les quais de Bordeaux pour ceux qui n’auront pas trouvé de billet. Le programme des animations est détaillé sur [la page de la ville consacrée à l’événement](https://www.example.org/bordeaux/france-angleterre-feminin). Dans le vestiaire, Manon Lasserre a déjà trouvé les mots : *« On joue pour toutes celles qui nous ont précédées. »*`,
  },
  {
    key: 'c-sport-feminin-rapport-moyens',
    title: 'Sport féminin : dans les clubs, l’écart de moyens avec les hommes reste béant',
    standfirst:
      'Un rapport du collectif Égalité en jeu, fondé sur l’analyse de 1 200 clubs, montre que les sections féminines disposent en moyenne de trois fois moins de ressources. Salaires, créneaux d’entraînement, équipements : le retard est partout.',
    section: 'sport',
    authors: ['julien-castagne', 'sophie-nguyen'],
    tags: ['paris', 'lyon', 'marseille'],
    status: 'published',
    publishOffsetHours: -318,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/sport-feminin-rapport-moyens.jpg',
      alt: 'Une équipe féminine de football amateur à l’entraînement, le soir, sur un terrain éclairé',
      caption: 'Entraînement d’une équipe féminine de football amateur dans le 19e arrondissement de Paris.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['c-football-amateur-aygalades', 'c-six-nations-france-irlande', 'c-paris-nice-perrochon'],
    external: [
      {
        url: 'https://www.sports.gouv.fr',
        title: 'Ministère des Sports',
        description: 'Les plans et dispositifs publics pour l’égalité entre les femmes et les hommes dans le sport.',
      },
    ],
    body: `Elles s’entraînent plus tard, sur de moins bons terrains, avec des équipements plus usés et, lorsqu’elles sont rémunérées, pour des montants bien inférieurs. Le rapport publié mardi par le collectif **Égalité en jeu**, qui réunit sociologues, économistes et dirigeants de clubs, dresse un constat sévère de la situation du sport féminin en France. Fondé sur l’analyse des comptes et du fonctionnement de 1 200 clubs de football, de basket, de handball et de rugby, il montre que les sections féminines disposent en moyenne de **trois fois moins de ressources** que les sections masculines.

« On parle beaucoup de l’essor du sport féminin, et il est réel. Mais quand on regarde les budgets, on s’aperçoit que la progression reste très superficielle », résume la sociologue **Claire Vidalenc**, coordinatrice du rapport.

## Un écart de moyens qui se retrouve à tous les niveaux

Le document met en évidence des inégalités persistantes, du sport amateur jusqu’au plus haut niveau. Dans les clubs amateurs, les équipes féminines se voient souvent attribuer les créneaux d’entraînement les moins favorables, tard le soir ou en début d’après-midi, lorsque les terrains sont disponibles. Elles héritent aussi fréquemment des équipements réformés par les équipes masculines.

### Des chiffres qui parlent d’eux-mêmes

Parmi les principaux constats du rapport :

- **un budget moyen trois fois inférieur** pour les sections féminines, à niveau de compétition comparable ;
- **des créneaux d’entraînement** attribués après 21 heures dans près d’un club sur trois ;
- **des entraîneurs moins nombreux** et moins souvent diplômés, faute de moyens pour les rémunérer ;
- **un écart salarial considérable** au plus haut niveau, où la majorité des joueuses professionnelles gagnent moins que le salaire médian français.

### Le cas du haut niveau

Dans les championnats d’élite, la situation s’est améliorée ces dernières années, mais reste très fragile. Beaucoup de joueuses cumulent encore leur carrière sportive avec un emploi ou des études. Les contrats sont courts et la protection sociale, notamment en cas de grossesse ou de blessure, demeure insuffisante dans de nombreux clubs.

## Paris, Lyon, Marseille : des situations contrastées

Le rapport consacre un chapitre aux grandes métropoles, où se concentrent une grande partie des clubs féminins de haut niveau. À Lyon, la présence de clubs pionniers a créé une culture du sport féminin plus ancienne, avec des affluences et des partenariats plus importants. À Paris, l’offre est abondante mais le manque d’équipements pèse sur toutes les disciplines. À Marseille, les auteurs relèvent un fort dynamisme associatif, freiné par la faiblesse des investissements publics dans les quartiers populaires.

> « Dans mon club, les garçons ont trois terrains et deux éducateurs diplômés par catégorie. Les filles ont un demi-terrain, le mardi à 21 heures, et un bénévole qui fait ce qu’il peut. Ce n’est pas de la mauvaise volonté, c’est une question de priorités. »
> — Leïla Mansouri, responsable d’une section féminine de football à Marseille

Ces disparités ont des conséquences directes sur la pratique. Selon le rapport, les jeunes filles abandonnent le sport en club bien plus tôt que les garçons, souvent à l’adolescence, faute d’équipes adaptées ou d’encadrement suffisant.

## Les recommandations : conditionner les aides publiques

Pour réduire ces écarts, le collectif formule une série de propositions, dont certaines risquent de faire débat. La principale consiste à *conditionner une partie des subventions publiques* au respect d’objectifs d’égalité dans l’attribution des moyens.

1. **Publier chaque année** la répartition des budgets entre sections féminines et masculines dans les clubs subventionnés ;
2. **Garantir des créneaux d’entraînement équitables** dans les équipements municipaux ;
3. **Financer la formation d’entraîneuses et d’entraîneurs** dédiés aux équipes féminines ;
4. **Créer un fonds de soutien** pour la protection sociale des sportives de haut niveau.

Le détail de ces recommandations est présenté dans [la synthèse du rapport](https://www.example.org/egalite-en-jeu/rapport-2026), accessible librement en ligne.

## Un débat qui s’invite dans les fédérations

Plusieurs fédérations ont déjà réagi. Certaines saluent un travail utile et disent partager l’objectif, tout en mettant en garde contre des obligations qui pèseraient trop lourdement sur les petits clubs, déjà fragilisés. D’autres rappellent les efforts engagés ces dernières années, comme la création de championnats féminins plus structurés ou le soutien à la formation des éducatrices.

Pour Claire Vidalenc, l’enjeu dépasse le seul cadre sportif. « Le sport est un lieu de socialisation, de santé, de confiance en soi. Quand on donne moins aux filles, on leur dit implicitement qu’elles comptent moins. » Les auteurs du rapport espèrent être reçus au ministère des Sports dans les prochaines semaines pour présenter leurs propositions.`,
  },
];
