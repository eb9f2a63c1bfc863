import type { DemoArticle } from './types.js';

// Lot C : culture (cinéma, livres, séries, musées) et sport (rugby, cyclisme,
// football amateur, sport féminin). Toutes les personnes, œuvres, entreprises,
// clubs et citations sont fictifs ; seuls les lieux, les grands événements et
// les institutions publiques existent réellement.
// Part 3 of 3.

export const articlesC3: DemoArticle[] = [
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
