import type { DemoArticle } from './types.js';

// Lot A : une « une » variée couvrant toutes les rubriques du Kiosque.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.
// Part 2 of 3.

export const articlesA2: DemoArticle[] = [
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
];
