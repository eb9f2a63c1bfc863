import type { DemoArticle } from './types.js';

// Lot C : culture (cinéma, livres, séries, musées) et sport (rugby, cyclisme,
// football amateur, sport féminin). Toutes les personnes, œuvres, entreprises,
// clubs et citations sont fictifs ; seuls les lieux, les grands événements et
// les institutions publiques existent réellement.
// Part 2 of 3.

export const articlesC2: DemoArticle[] = [
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
];
