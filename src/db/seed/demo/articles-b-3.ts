import type { DemoArticle } from './types.js';

// Lot B : économie (entreprises, emploi, salaires, logement, prix) et marché
// des chercheurs en intelligence artificielle.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.
// Part 3 of 3.

export const articlesB3: DemoArticle[] = [
  {
    key: 'b-metiers-en-tension',
    title: 'Métiers en tension : hôtellerie, bâtiment et soin peinent toujours à recruter',
    standfirst:
      'Malgré un marché du travail moins dynamique, des centaines de milliers de postes restent difficiles à pourvoir. Des cuisines marseillaises aux chantiers lyonnais, employeurs et candidats cherchent encore le bon point de rencontre.',
    section: 'economie/emploi',
    authors: ['sophie-nguyen'],
    tags: ['recrutement', 'marseille', 'lyon'],
    status: 'draft',
    publishOffsetHours: 0,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/metiers-en-tension-chantier.jpg',
      alt: 'Des ouvriers en casque et gilet de sécurité travaillent sur la structure d’un immeuble en construction',
      caption: 'Dans le bâtiment, les entreprises estiment qu’il leur manque plusieurs dizaines de milliers de salariés qualifiés.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-salaires-2026', 'b-logement-jeunes-actifs', 'b-usine-pompes-chaleur'],
    external: [
      {
        url: 'https://www.francetravail.fr',
        title: 'France Travail',
        description: 'Les offres d’emploi, les formations financées et les enquêtes sur les besoins en main-d’œuvre des entreprises.',
      },
    ],
    body: `Sur le Vieux-Port, à Marseille, la terrasse de la brasserie de Franck Giordano est déjà prête pour la saison. Les parasols sont neufs, la carte a été revue. Il ne manque qu’une chose : du personnel. « Il me faut deux cuisiniers, un second et trois serveurs. J’ai publié les annonces en janvier. À ce jour, j’ai reçu quatre candidatures sérieuses », soupire le restaurateur. Comme lui, des milliers d’employeurs continuent de se heurter à des difficultés de recrutement persistantes, alors même que le chômage est reparti légèrement à la hausse ces derniers trimestres. Un paradoxe qui résume l’un des grands casse-têtes du marché du travail français.

## Une liste qui s’allonge malgré le ralentissement

Chaque année, l’enquête sur les besoins en main-d’œuvre menée par France Travail auprès des employeurs mesure la part des projets de recrutement jugés « difficiles ». Si cette proportion a légèrement reculé par rapport au pic de l’après-Covid, elle reste au-dessus de 50 % dans de nombreux métiers. Les mêmes professions reviennent inlassablement en tête du classement :

- les **aides-soignants** et les infirmiers, dans les hôpitaux comme dans les établissements pour personnes âgées ;
- les **couvreurs, électriciens et plombiers**, dans le bâtiment ;
- les **cuisiniers et serveurs**, dans l’hôtellerie-restauration ;
- les **conducteurs routiers** et les techniciens de maintenance ;
- les aides à domicile, dont les besoins augmentent avec le vieillissement de la population.

« Ce ne sont pas des pénuries conjoncturelles. Ce sont des tensions structurelles, qui tiennent à la démographie, aux conditions de travail et à l’image de certains métiers », analyse Laurence Picard, chercheuse en économie du travail dans une université lyonnaise.

## Hôtellerie-restauration : la saison se prépare dès l’hiver

Dans la restauration, les difficultés sont anciennes, mais la crise sanitaire les a aggravées. De nombreux salariés ont profité des fermetures pour se reconvertir vers des secteurs aux horaires plus réguliers. Depuis, les employeurs ont dû revoir leurs pratiques : hausses de salaire, suppression des coupures en milieu de journée, deux jours de repos consécutifs garantis.

Franck Giordano a ainsi décidé de fermer sa brasserie le lundi et le mardi, une décision impensable il y a quelques années. « J’ai perdu du chiffre d’affaires, c’est vrai. Mais mes équipes sont plus stables, et c’est devenu un argument quand je recrute. »

Le logement reste l’autre grand obstacle, en particulier dans les zones touristiques où les loyers s’envolent pendant l’été. Plusieurs établissements de la côte méditerranéenne louent désormais des appartements à l’année pour loger leurs saisonniers.

## Bâtiment et soin : des besoins qui ne faiblissent pas

Dans le bâtiment, le ralentissement de la construction neuve aurait pu détendre le marché. Il n’en est rien, car la rénovation énergétique des logements mobilise une main-d’œuvre de plus en plus qualifiée. « On ne cherche plus seulement des bras, on cherche des compagnons capables de poser une isolation par l’extérieur ou d’installer une pompe à chaleur dans les règles de l’art », explique le dirigeant d’une entreprise de couverture de la banlieue lyonnaise, qui emploie 35 salariés.

> « Nous formons nos apprentis pendant trois ans. Et trop souvent, au moment où ils deviennent vraiment autonomes, ils partent à leur compte ou chez un concurrent qui paie 200 euros de plus. »
> — Un chef d’entreprise du bâtiment à Villeurbanne

Dans le secteur de la santé et du médico-social, la situation reste la plus préoccupante. Les revalorisations salariales de ces dernières années ont permis de limiter les départs, sans enrayer la pénurie. Des établissements pour personnes âgées fonctionnent avec un recours massif à l’intérim, coûteux et déstabilisant pour les équipes comme pour les résidents.

## Formation, salaires, conditions de travail : les leviers

Comment sortir de l’impasse ? Les spécialistes s’accordent sur plusieurs pistes, dont aucune ne suffit à elle seule.

### Former plus vite, et autrement

Les formations courtes et rémunérées, organisées directement en entreprise, se développent. Elles permettent à des demandeurs d’emploi ou à des salariés en reconversion d’accéder rapidement à un métier, avec la garantie d’une embauche à l’issue du parcours. L’apprentissage, qui a connu un essor spectaculaire ces dernières années, reste un levier majeur, même si sa croissance concerne d’abord l’enseignement supérieur.

### Rendre les métiers plus attractifs

Les salaires ne font pas tout, mais ils comptent. Dans plusieurs secteurs en tension, les minima de branche ont longtemps été rattrapés par le salaire minimum, écrasant les perspectives de progression. La qualité de l’emploi (horaires, pénibilité, temps partiel subi) pèse tout autant dans les choix des candidats.

Pour Laurence Picard, le débat gagnerait à sortir des clichés. « On entend souvent que les gens ne veulent plus travailler. Les données ne disent pas cela. Elles disent que les salariés comparent davantage, et qu’ils arbitrent en fonction de l’ensemble des conditions offertes. » Les résultats détaillés de la dernière enquête sur les besoins en main-d’œuvre, par métier et par bassin d’emploi, sont consultables sur le site de France Travail, et nous en proposons une [lecture commentée](https://www.example.org/analyses/besoins-main-oeuvre-2026).`,
  },
  {
    key: 'b-capital-risque-semestre',
    title: 'Capital-risque : les start-up françaises lèvent moins, mais l’IA capte un euro sur trois',
    standfirst:
      'Les montants levés par les jeunes pousses françaises ont reculé au dernier semestre, mais l’intelligence artificielle concentre une part record des financements. Une polarisation qui inquiète les fondateurs des autres secteurs.',
    section: 'economie/entreprises',
    authors: ['yanis-benhamou'],
    tags: ['startups', 'intelligence-artificielle', 'meridia-labs', 'paris'],
    status: 'scheduled',
    publishOffsetHours: 44,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/capital-risque-semestre-start-up.jpg',
      alt: 'Une jeune entrepreneuse présente des graphiques sur un écran devant un petit groupe d’investisseurs',
      caption: 'Les investisseurs se montrent plus sélectifs et exigent des perspectives de rentabilité plus rapides.',
      credit: 'Photo : Romain Tessier / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-rhodanie-levee', 'b-mercato-chercheurs-ia'],
    external: [
      {
        url: 'https://www.banque-france.fr',
        title: 'Banque de France',
        description: 'Les statistiques et analyses de la Banque de France sur le financement des entreprises et l’investissement.',
      },
    ],
    body: `Les start-up françaises ont levé un peu moins de 4,1 milliards d’euros au cours du dernier semestre, selon le baromètre semestriel publié par l’Observatoire des jeunes pousses, un organisme d’études indépendant, que *Le Kiosque* a pu consulter en avant-première. C’est 12 % de moins qu’au semestre précédent, et loin des records de 2021 et 2022. Mais derrière ce recul global se cache une réalité plus contrastée : l’intelligence artificielle, à elle seule, a attiré **près d’un euro sur trois** investi dans les jeunes pousses tricolores. Une concentration inédite, qui redessine la carte de l’écosystème.

## Des montants en baisse, des tours de table plus sélectifs

Le nombre d’opérations recule plus vite encore que les montants : à peine plus de 350 levées de fonds ont été recensées sur six mois, contre plus de 450 un an plus tôt. Les investisseurs concentrent leurs paris sur un nombre réduit d’entreprises, jugées capables de devenir des leaders de leur marché.

Les premiers tours, dits d’amorçage, sont les plus touchés. « Il y a quelques années, une équipe solide avec une bonne idée pouvait lever un ou deux millions d’euros sur la base d’une présentation. Aujourd’hui, les fonds veulent voir des clients, du chiffre d’affaires et une trajectoire crédible vers la rentabilité », résume Clémence Vidal, associée d’un fonds d’investissement parisien spécialisé dans les premiers tours.

Les conditions se sont également durcies pour les entreprises plus matures. Plusieurs start-up ont dû accepter des levées de fonds à une valorisation inférieure à la précédente, une opération douloureuse pour les fondateurs et les premiers salariés actionnaires, dont les parts se retrouvent diluées.

## L’IA, aspirateur à capitaux

À l’inverse, les entreprises de l’intelligence artificielle n’ont jamais été aussi courtisées. Sur le semestre, elles ont levé près de 1,3 milliard d’euros, un montant tiré par quelques opérations géantes. Parmi les plus commentées figure le nouveau tour de table de Meridia Labs, la start-up parisienne cofondée par Léa Morvan, dont le montant n’a pas été officiellement confirmé mais qui représenterait à lui seul plusieurs centaines de millions d’euros.

Ces sommes servent d’abord à financer deux postes de dépenses qui ont explosé :

- **la puissance de calcul**, indispensable pour entraîner et faire fonctionner les modèles ;
- **les recrutements de chercheurs**, dont les rémunérations atteignent des niveaux sans précédent ;
- dans une moindre mesure, l’expansion commerciale à l’international, notamment aux États-Unis.

> « Une partie de l’argent levé par les start-up d’IA ressort presque immédiatement de l’écosystème, vers les fournisseurs de processeurs et de services d’informatique en nuage, majoritairement américains. C’est une question que l’on pose trop peu. »
> — Clémence Vidal, investisseuse

Tous les acteurs de l’IA ne profitent pas de cet engouement. Les entreprises qui développent des applications sur la base de modèles conçus par d’autres peinent davantage à convaincre, les investisseurs redoutant qu’elles soient rendues obsolètes par les progrès rapides des grands laboratoires.

## Les start-up industrielles et climatiques en embuscade

Hors de l’IA, quelques secteurs résistent. Les technologies liées à la transition énergétique, à la décarbonation de l’industrie et à la robotique continuent d’attirer des financements significatifs, portés par les politiques publiques de réindustrialisation et par l’intérêt de fonds européens spécialisés. La récente levée de 48 millions d’euros de la lyonnaise Rhodanie Robotics en est l’illustration.

D’autres domaines souffrent nettement. Les applications grand public, la livraison rapide et une partie des technologies financières, qui avaient largement profité de l’argent facile de 2021, voient les investisseurs se détourner. Plusieurs entreprises de ces secteurs ont annoncé des plans de réduction d’effectifs ou cherchent un repreneur.

### La géographie des levées reste très parisienne

L’Île-de-France concentre toujours près des trois quarts des montants levés, une proportion stable depuis plusieurs années. Lyon, Marseille, Toulouse, Grenoble et Nantes suivent, loin derrière, mais affichent parfois une meilleure résistance dans les secteurs industriels et de la santé.

## Un second semestre sous le signe de la rentabilité

Pour les mois à venir, les professionnels du secteur anticipent une poursuite de cette sélectivité. L’intérêt des investisseurs pour l’IA ne devrait pas faiblir à court terme, mais plusieurs voix s’élèvent pour mettre en garde contre une possible bulle. « Les valorisations de certaines entreprises supposent qu’elles deviennent des géants mondiaux. Statistiquement, la plupart n’y parviendront pas », prévient Clémence Vidal.

Pour les fondateurs des autres secteurs, le message est clair : il faudra faire plus avec moins, allonger la durée de vie de la trésorerie et démontrer plus tôt la solidité de leur modèle économique. La méthodologie complète du baromètre et le détail des opérations par secteur sont consultables dans [l’édition semestrielle de l’observatoire](https://www.example.org/barometres/capital-risque-france).`,
  },
];
