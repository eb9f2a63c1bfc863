import type { DemoArticle } from './types.js';

// Lot D : politique, international et sciences.
// Tous les noms de personnes, d’entreprises, de collectifs et les citations sont fictifs.
// Part 3 of 3.

export const articlesD3: DemoArticle[] = [
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
