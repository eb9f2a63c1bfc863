import type { DemoArticle } from './types.js';

// Lot B : économie (entreprises, emploi, salaires, logement, prix) et marché
// des chercheurs en intelligence artificielle.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.
// Part 2 of 3.

export const articlesB2: DemoArticle[] = [
  {
    key: 'b-rhodanie-levee',
    title: 'À Lyon, Rhodanie Robotics lève 48 millions d’euros pour automatiser les petites usines',
    standfirst:
      'La start-up lyonnaise, qui conçoit des bras robotisés programmables sans code, boucle l’un des plus gros tours de table de l’année dans l’industrie. Elle prévoit de recruter 150 personnes en deux ans.',
    section: 'economie/entreprises',
    authors: ['yanis-benhamou'],
    tags: ['startups', 'lyon', 'recrutement'],
    status: 'published',
    publishOffsetHours: -213,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/rhodanie-robotics-atelier.jpg',
      alt: 'Un bras robotisé orange manipule des pièces métalliques sur un établi dans un atelier lyonnais',
      caption: 'Dans l’atelier de Rhodanie Robotics, à Gerland, les prototypes sont testés sur des pièces fournies par des PME clientes.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-usine-pompes-chaleur', 'b-mercato-chercheurs-ia'],
    external: [],
    body: `Dans l’atelier de Gerland, au sud de Lyon, un bras robotisé orange saisit une pièce de fonderie, la fait pivoter sous une caméra, puis la dépose délicatement dans un bac. Rien de spectaculaire, à première vue. Sauf que le robot a appris ce geste en moins d’une heure, à partir de quelques démonstrations réalisées par un opérateur sans aucune compétence en programmation. C’est toute la promesse de **Rhodanie Robotics**, qui annonce ce mardi une levée de fonds de 48 millions d’euros, l’une des plus importantes de l’année pour une jeune pousse industrielle française.

## Des robots pensés pour les PME

Fondée il y a quatre ans par Inès Rahmani, ingénieure passée par l’industrie automobile, et Maxime Aubertin, docteur en robotique, la société part d’un constat simple : les robots industriels restent largement réservés aux grandes usines. Leur programmation exige des spécialistes rares et coûteux, et leur reconfiguration prend des semaines à chaque changement de production. Pour une PME qui fabrique de petites séries variées, l’investissement est rarement rentable.

Rhodanie Robotics propose une autre approche. Ses bras, vendus ou loués sous forme d’abonnement mensuel, s’appuient sur des modèles d’intelligence artificielle capables d’apprendre une tâche par imitation. L’opérateur guide le robot à la main, corrige ses erreurs, et le système généralise le geste à des pièces légèrement différentes.

> « Nos clients ne cherchent pas à supprimer des postes. Ils cherchent à faire tourner leur atelier alors qu’ils n’arrivent plus à recruter pour les tâches les plus pénibles. Le robot prend les gestes répétitifs, l’opérateur garde le savoir-faire. »
> — Inès Rahmani, cofondatrice et directrice générale de Rhodanie Robotics

L’entreprise revendique aujourd’hui près de 180 robots installés chez une soixantaine de clients, principalement des sous-traitants de la mécanique, de la plasturgie et de l’agroalimentaire en Auvergne-Rhône-Alpes et dans le Grand Est. Son chiffre d’affaires, qui n’est pas publié, aurait triplé l’an dernier selon une source proche du dossier.

## Un tour de table mené par des fonds européens

L’opération est menée par un fonds d’investissement néerlandais spécialisé dans les technologies industrielles, accompagné de deux fonds français et des investisseurs historiques de la société. Un détail qui n’a rien d’anodin : dans un marché du capital-risque où l’intelligence artificielle générative capte une part croissante des financements, les start-up de l’industrie peinent souvent à convaincre.

« Beaucoup d’investisseurs ont peur du matériel. C’est plus lent, plus cher et plus risqué que le logiciel. Mais c’est aussi beaucoup plus difficile à copier », explique Maxime Aubertin. Les fonds réunis doivent servir trois objectifs :

1. **industrialiser la production** des bras robotisés, aujourd’hui assemblés à la main par une vingtaine de techniciens ;
2. **ouvrir des bureaux commerciaux** en Allemagne et en Italie, deux marchés où le tissu de PME industrielles est particulièrement dense ;
3. **renforcer la recherche** sur les modèles d’apprentissage, afin que les robots puissent gérer des tâches plus complexes, comme l’assemblage de plusieurs pièces.

## 150 recrutements en deux ans : le défi des profils

Pour mener ce plan, Rhodanie Robotics prévoit de passer de 110 à environ 260 salariés d’ici deux ans. L’essentiel des embauches concernera des techniciens de maintenance, des ingénieurs en mécatronique et des chercheurs en apprentissage automatique. C’est sur ce dernier point que la tâche s’annonce la plus délicate.

Le marché des spécialistes de l’IA est en effet soumis à une concurrence féroce, les grands laboratoires n’hésitant pas à proposer des rémunérations sans commune mesure avec les moyens d’une jeune pousse industrielle. Rhodanie Robotics mise sur d’autres arguments : un ancrage lyonnais, des loyers moins élevés qu’à Paris et la possibilité de voir ses travaux appliqués immédiatement sur des lignes de production réelles. La société a également noué un partenariat avec plusieurs écoles d’ingénieurs de la région pour accueillir chaque année une trentaine d’alternants.

Les techniciens ne sont pas plus faciles à trouver. « Un bon technicien de maintenance en robotique reçoit trois ou quatre propositions dès qu’il met son profil en ligne », reconnaît Inès Rahmani, qui a fait le choix de former elle-même une partie de ses recrues, en partenariat avec un lycée professionnel de Vénissieux.

## Les questions qui restent en suspens

Le succès commercial de Rhodanie Robotics reste à confirmer à grande échelle. Plusieurs concurrents, européens comme asiatiques, développent des solutions comparables, et les grands fabricants de robots industriels commencent à intégrer des fonctions d’apprentissage par démonstration dans leurs propres gammes. La société devra aussi prouver que ses machines tiennent la distance dans des environnements difficiles, entre poussières, vibrations et températures élevées.

Autre interrogation : la dépendance aux composants. Les moteurs et les capteurs de précision proviennent en grande partie d’Asie, ce qui expose l’entreprise aux tensions sur les chaînes d’approvisionnement. Rhodanie Robotics dit travailler avec un fabricant français pour une partie de ses réducteurs, sans plus de précisions.

Pour l’heure, les investisseurs semblent convaincus. Et dans l’atelier de Gerland, le bras orange continue d’enchaîner les pièces, sous le regard attentif d’une délégation de clients venus de Saint-Étienne. Le détail de l’opération et la présentation de l’entreprise sont disponibles sur [le dossier de presse de la société](https://www.example.org/presse/rhodanie-robotics-serie-b).`,
  },
  {
    key: 'b-usine-pompes-chaleur',
    title: 'Près de Marseille, une usine de pompes à chaleur veut incarner la réindustrialisation',
    standfirst:
      'Le fabricant Aubane Thermique inaugure à Gémenos un site de production de 40 000 mètres carrés qui doit employer 400 personnes d’ici à 2028. Un pari industriel audacieux sur un marché encore très volatil.',
    section: 'economie/entreprises',
    authors: ['yanis-benhamou', 'malik-ouedraogo'],
    tags: ['energie', 'marseille', 'recrutement', 'climat'],
    status: 'published',
    publishOffsetHours: -335,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/usine-pompes-chaleur-gemenos.jpg',
      alt: 'La façade d’une usine neuve aux panneaux blancs, au pied des collines, dans la zone d’activités de Gémenos',
      caption: 'Le site d’Aubane Thermique, dans la zone d’activités de Gémenos, doit produire jusqu’à 120 000 pompes à chaleur par an.',
      credit: 'Photo : Lucie Arnaud / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-rhodanie-levee', 'b-salaires-2026'],
    external: [
      {
        url: 'https://www.economie.gouv.fr',
        title: 'Ministère de l’Économie, des Finances et de la Souveraineté industrielle',
        description: 'Les dispositifs publics de soutien à l’industrie, à l’investissement productif et à la décarbonation.',
      },
    ],
    body: `Au pied du massif de la Sainte-Baume, dans la zone d’activités de Gémenos, à une vingtaine de kilomètres de Marseille, les premières pompes à chaleur sont sorties de la chaîne de montage la semaine dernière. Pour **Aubane Thermique**, l’inauguration de ce site de 40 000 mètres carrés marque l’aboutissement d’un projet lancé il y a trois ans, et le début d’un pari considérable : produire en France, à des prix compétitifs, des équipements aujourd’hui largement importés d’Asie et d’Europe du Nord.

## Une usine sortie de terre en dix-huit mois

Le chantier a été mené à un rythme rarement observé dans l’industrie française. Entre le dépôt du permis de construire et la mise en route des premières lignes, il s’est écoulé à peine dix-huit mois, grâce notamment à la procédure accélérée dont bénéficient désormais certains projets industriels jugés prioritaires. L’investissement total atteint 210 millions d’euros, dont une cinquantaine sous forme d’aides publiques et de prêts bonifiés.

![Une ligne d’assemblage de pompes à chaleur dans l’usine de Gémenos, avec des techniciens en gilet orange](https://cdn.lekiosque.example/images/2026/usine-gemenos-ligne-assemblage.jpg)

À pleine capacité, le site doit produire jusqu’à 120 000 pompes à chaleur par an, principalement des modèles air-eau destinés à remplacer les chaudières au fioul et au gaz dans les maisons individuelles. L’entreprise assure que 70 % de la valeur de ses appareils sera produite en Europe, grâce notamment à un partenariat avec un fabricant italien de compresseurs, l’organe le plus stratégique d’une pompe à chaleur.

« Nous avons fait le choix d’une usine très automatisée, mais pas d’une usine sans ouvriers. Chaque poste a été pensé avec les équipes qui allaient y travailler », explique Olivier Sabatier, le président d’Aubane Thermique, ancien dirigeant d’un équipementier automobile.

## 400 emplois et un pari sur la formation

Le site emploie aujourd’hui 140 personnes et doit atteindre 400 salariés d’ici à 2028. Dans un bassin d’emploi où le taux de chômage reste supérieur à la moyenne nationale, l’annonce a suscité un afflux de candidatures : plus de 6 000 en un an, selon la direction. Mais les profils recherchés ne sont pas toujours disponibles.

Pour y remédier, l’entreprise a monté avec France Travail et la région Provence-Alpes-Côte d’Azur une « école de production » installée dans l’usine même. Les futurs opérateurs y suivent une formation rémunérée de douze semaines, avant d’être embauchés en contrat à durée indéterminée. Parmi les recrues de la première promotion figurent :

- d’anciens salariés de la logistique et de la grande distribution en reconversion ;
- des jeunes sortis du système scolaire sans diplôme, accompagnés par les missions locales ;
- des techniciens frigoristes expérimentés, recrutés pour encadrer les lignes ;
- plusieurs anciens ouvriers du site pétrochimique voisin de l’étang de Berre.

> « Il y a deux ans, je préparais des commandes dans un entrepôt de Vitrolles. Aujourd’hui, je teste des circuits frigorifiques. Je n’aurais jamais imaginé travailler dans l’industrie. »
> — Sabrina, 34 ans, opératrice de contrôle qualité

## Un marché en dents de scie

Le pari reste risqué. Le marché français des pompes à chaleur a connu ces dernières années des montagnes russes : forte croissance après la crise énergétique, puis brutal coup de frein lorsque les aides à la rénovation ont été modifiées et que les ménages ont reporté leurs projets. Plusieurs fabricants européens ont dû réduire leur production, voire mettre des salariés au chômage partiel.

Olivier Sabatier assume ce risque. « Les besoins sont là : des millions de logements chauffés au gaz ou au fioul devront changer d’équipement dans les quinze prochaines années. La question n’est pas de savoir si le marché va croître, mais quand. » L’entreprise compte aussi sur l’export, notamment vers l’Espagne et l’Italie, et sur le marché des logements collectifs, moins sensible aux variations des aides publiques.

Les spécialistes de l’énergie rappellent que la pompe à chaleur constitue l’un des principaux leviers de décarbonation du chauffage résidentiel, à condition d’être correctement dimensionnée et installée. La rareté des installateurs qualifiés demeure d’ailleurs un frein au moins aussi important que le prix des appareils, comme le souligne un [rapport récent sur la filière](https://www.example.org/rapports/filiere-pompes-a-chaleur).

## Un symbole pour la réindustrialisation ?

Au-delà de Gémenos, le projet est suivi de près par les pouvoirs publics, qui en ont fait l’une des vitrines de la stratégie de relocalisation des industries liées à la transition énergétique. La question du prix reste centrale : les appareils d’Aubane Thermique seront vendus entre 10 % et 15 % plus cher que les modèles asiatiques d’entrée de gamme, un écart que l’entreprise espère compenser par la qualité, la durée de garantie et la disponibilité des pièces détachées.

Les élus locaux, eux, veulent croire à un effet d’entraînement. Une dizaine de sous-traitants se sont déjà installés ou ont annoncé leur arrivée dans la zone d’activités. Si l’usine tient ses promesses, elle pourrait devenir le cœur d’une petite filière régionale des équipements de chauffage bas carbone. Dans le cas contraire, elle rejoindrait la longue liste des projets industriels trop ambitieux pour un marché trop incertain.`,
  },
  {
    key: 'b-logement-jeunes-actifs',
    title: 'Logement : quand le prix des loyers freine l’embauche',
    standfirst:
      'Faute de trouver un appartement à un prix abordable, de plus en plus de candidats renoncent à un emploi dans les grandes métropoles. Les entreprises, elles, se muent malgré elles en agences immobilières.',
    section: 'economie',
    authors: ['sophie-nguyen'],
    tags: ['recrutement', 'paris', 'lyon'],
    status: 'published',
    publishOffsetHours: -468,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/logement-jeunes-actifs-loyers.jpg',
      alt: 'Une file de candidats attend devant un immeuble haussmannien pour visiter un studio à louer',
      caption: 'À Paris, une annonce de studio à un loyer raisonnable peut attirer plusieurs dizaines de candidats en quelques heures.',
      credit: 'Photo : Romain Tessier / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-teletravail-regles', 'b-prix-alimentaires'],
    external: [
      {
        url: 'https://www.service-public.fr',
        title: 'Service-Public.fr – Le site officiel de l’administration française',
        description: 'Les aides au logement, la garantie locative et les droits des locataires expliqués pas à pas.',
      },
    ],
    body: `Thomas avait tout prévu, sauf l’appartement. Recruté en septembre comme technicien dans un laboratoire d’analyses médicales du 13e arrondissement de Paris, ce Nantais de 26 ans a enchaîné pendant six semaines les visites, les dossiers et les refus. « À chaque fois, on me demandait des revenus égaux à trois fois le loyer, un garant en Île-de-France, trois bulletins de salaire… Je n’avais encore reçu que mon premier. » Faute de solution, il a fini par décliner le poste. Son cas n’a rien d’exceptionnel : dans les grandes métropoles, la crise du logement est devenue un obstacle majeur au recrutement.

## Des candidats qui renoncent faute de logement

Les chiffres manquent pour mesurer précisément le phénomène, mais les témoignages convergent. Selon une enquête réalisée auprès de 1 200 entreprises par une fédération patronale de l’Île-de-France, près d’un employeur sur trois déclare avoir vu au moins un candidat renoncer à une embauche pour des raisons de logement au cours de l’année écoulée. Dans les secteurs aux salaires modestes, comme la santé, la restauration ou les services à la personne, la proportion grimpe à près d’un sur deux.

« Nous avons des postes d’aides-soignants qui restent vacants pendant des mois, alors que nous recevons des candidatures de toute la France. Le problème n’est pas l’attractivité du métier, c’est qu’avec un salaire de 1 800 euros, on ne se loge pas à moins d’une heure de l’hôpital », explique la directrice des ressources humaines d’un établissement de santé privé du Val-de-Marne.

Les jeunes actifs sont les premiers touchés. Sans historique de location, souvent en période d’essai et rarement en mesure de présenter un garant solide, ils cumulent les handicaps face à des propriétaires qui ont l’embarras du choix.

## Les entreprises se transforment en agences immobilières

Face à cette situation, de plus en plus d’employeurs prennent les choses en main. Ce qui relevait autrefois de l’avantage exceptionnel, réservé aux cadres en mobilité, devient un outil de recrutement ordinaire, y compris pour des postes d’employés.

### Cautions, colocations, baux temporaires : les solutions bricolées

Les dispositifs mis en place varient selon la taille des entreprises et leurs moyens :

- **la prise en charge de la caution** ou du dépôt de garantie, parfois sous forme d’avance remboursable ;
- **la réservation de logements** auprès de bailleurs sociaux, en échange d’une contribution financière ;
- **la location directe d’appartements** par l’entreprise, ensuite sous-loués aux nouvelles recrues pendant leurs premiers mois ;
- **l’organisation de colocations** pour les alternants et les jeunes diplômés ;
- l’appui d’un service spécialisé chargé d’accompagner les salariés dans leur recherche.

Un groupe de restauration collective basé à Lyon a ainsi pris à bail une quarantaine de studios dans l’agglomération, qu’il met à disposition de ses nouveaux employés pour une durée maximale d’un an. « C’était ça ou fermer des cuisines, faute de personnel », résume son directeur des opérations.

### Le retour discret du logement d’entreprise

Certaines sociétés vont plus loin et renouent avec une tradition que l’on croyait oubliée : celle du logement d’entreprise, très répandu dans l’industrie au XXe siècle. Plusieurs hôpitaux, groupes hôteliers et entreprises de transport étudient la construction ou l’achat de résidences dédiées à leurs salariés. Une démarche coûteuse, qui soulève aussi des questions : que devient le logement lorsque le salarié quitte l’entreprise ?

## À Paris et à Lyon, l’équation impossible des loyers

Le problème est d’abord arithmétique. Dans la capitale, le loyer moyen d’un studio dépasse largement les 800 euros par mois, malgré l’encadrement des loyers. À Lyon, la hausse a été plus rapide encore ces dernières années. Dans le même temps, l’offre locative se contracte, sous l’effet conjugué du ralentissement de la construction, de la transformation de logements en meublés touristiques et du retrait de certains propriétaires bailleurs.

> « On a longtemps considéré que le logement relevait de la sphère privée des salariés. Ce n’est plus tenable : c’est devenu une question de compétitivité pour les entreprises et pour les territoires. »
> — Stéphane Morel, économiste spécialiste de l’immobilier

Le télétravail a un temps semblé offrir une échappatoire, en permettant aux salariés de s’installer plus loin. Mais le durcissement des règles de présence au bureau dans de nombreuses entreprises réduit cette marge de manœuvre, et ramène les actifs vers les zones les plus tendues.

## Ce que peuvent faire les pouvoirs publics

Les employeurs contribuent déjà au financement du logement de leurs salariés à travers la participation des employeurs à l’effort de construction, gérée par un organisme paritaire associant syndicats et patronat. Ce dispositif finance notamment des garanties locatives gratuites et des aides à la mobilité, encore méconnues de nombreux jeunes actifs. Les conditions d’accès à ces aides sont détaillées sur les sites officiels de l’administration et dans notre [guide du locataire débutant](https://www.example.org/guides/premier-logement-jeunes-actifs).

Les professionnels du secteur plaident toutefois pour un changement d’échelle : relance de la construction de logements intermédiaires, destinés aux ménages trop aisés pour le logement social mais pas assez pour le marché libre, simplification des procédures d’urbanisme et incitations fiscales pour les propriétaires qui louent à l’année. En attendant, Thomas a retrouvé un emploi, à Nantes. « Moins bien payé, reconnaît-il, mais au moins, j’ai un toit. »`,
  },
  {
    key: 'b-prix-alimentaires',
    title: 'Prix alimentaires : l’inflation ralentit, mais la facture reste salée dans les rayons',
    standfirst:
      'La hausse des prix à la consommation est revenue sous les 2 %, mais les produits du quotidien restent bien plus chers qu’il y a quatre ans. Dans un supermarché marseillais, clients et salariés racontent leurs nouveaux arbitrages.',
    section: 'economie',
    authors: ['yanis-benhamou'],
    tags: ['marseille', 'energie'],
    status: 'published',
    publishOffsetHours: -695,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/prix-alimentaires-supermarche-marseille.jpg',
      alt: 'Une cliente compare deux paquets de pâtes dans le rayon d’un supermarché marseillais',
      caption: 'Dans les rayons, les produits de marque de distributeur gagnent du terrain au détriment des grandes marques.',
      credit: 'Photo : Lucie Arnaud / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-salaires-2026', 'b-logement-jeunes-actifs'],
    external: [
      {
        url: 'https://www.insee.fr',
        title: 'Insee – Indice des prix à la consommation',
        description: 'Les chiffres mensuels de l’inflation en France, par grandes catégories de produits.',
      },
      {
        url: 'https://www.economie.gouv.fr',
        title: 'Ministère de l’Économie et des Finances',
        description: 'Les informations officielles sur les négociations commerciales, l’étiquetage des prix et la protection des consommateurs.',
      },
    ],
    body: `Devant le rayon des pâtes d’un supermarché du 10e arrondissement de Marseille, Josiane, 67 ans, tient un paquet dans chaque main. À gauche, une grande marque italienne ; à droite, la marque du magasin, 80 centimes moins chère. Elle repose la première sans hésiter. « Avant, je ne regardais jamais les prix. Maintenant, je compare tout, même le sel. » Sur le papier, l’inflation est pourtant retombée : selon les derniers chiffres publiés, la hausse des prix à la consommation est repassée sous la barre des 2 % sur un an. Mais pour la plupart des ménages, le soulagement se fait attendre.

## Des étiquettes qui ne redescendent pas

L’explication tient en une distinction que les économistes répètent inlassablement : un ralentissement de l’inflation ne signifie pas une baisse des prix. Les prix continuent d’augmenter, simplement moins vite. Or, entre 2021 et 2024, les produits alimentaires ont connu une envolée d’une ampleur inédite depuis les années 1980, supérieure à 20 % en cumulé. Cette marche d’escalier n’a pas été effacée.

« Les ménages comparent spontanément avec les prix qu’ils connaissaient avant la crise. De ce point de vue, le choc est toujours là », explique Mathilde Reynaud, économiste dans un institut de conjoncture. Certains produits ont même poursuivi leur hausse ces derniers mois, comme le café, le chocolat ou l’huile d’olive, pénalisés par de mauvaises récoltes liées aux aléas climatiques.

Le coût de l’énergie continue aussi de peser. Même si les tarifs du gaz et de l’électricité se sont stabilisés, les industriels de l’agroalimentaire et les distributeurs répercutent encore, avec retard, la hausse de leurs factures et des coûts de transport des années précédentes.

## Réduflation : des paquets qui rétrécissent

Dans les rayons, une autre pratique agace les consommateurs : la **réduflation**, qui consiste à réduire discrètement la quantité d’un produit tout en maintenant son prix. Une tablette de chocolat passe de 200 à 180 grammes, un paquet de biscuits perd deux unités, une bouteille de jus de fruits quelques centilitres. Le prix au kilo, lui, grimpe sans que l’étiquette change.

Depuis peu, les distributeurs sont tenus d’informer les clients lorsqu’un produit voit sa quantité diminuer à prix constant ou en hausse. Dans le supermarché marseillais, des affichettes jaunes signalent ces produits en tête de gondole. « Les gens les lisent, ils sont parfois en colère, mais ils achètent quand même, parce qu’il n’y a pas toujours d’alternative », constate Rachid, chef de rayon depuis quinze ans.

## Les négociations commerciales sous haute tension

En coulisses, la bataille des prix se joue lors des négociations annuelles entre distributeurs et industriels. Chaque hiver, les deux camps s’affrontent sur les tarifs qui s’appliqueront dans les rayons pour l’année à venir. Cette fois encore, les discussions ont été particulièrement âpres :

1. les industriels réclamaient des hausses de tarifs pour compenser l’augmentation de leurs coûts de production ;
2. les distributeurs, engagés dans une guerre des prix, exigeaient au contraire des baisses ;
3. les agriculteurs, au bout de la chaîne, demandaient que leurs coûts de production soient mieux pris en compte, conformément aux lois successives sur l’alimentation.

> « Tout le monde se renvoie la balle. Le distributeur accuse l’industriel, l’industriel accuse le distributeur, et à la fin, c’est le client qui paie et l’éleveur qui ne s’y retrouve pas. »
> — Un responsable d’une coopérative agricole des Alpes-de-Haute-Provence

## Ce que les ménages changent dans leur panier

Face à la hausse durable des prix, les comportements d’achat se sont profondément transformés. Les enquêtes de consommation décrivent des arbitrages désormais bien installés : recul des achats de viande et de produits frais, essor des marques de distributeur et du *hard discount*, multiplication des achats en promotion. Les ventes de produits biologiques, elles, peinent à retrouver leur niveau d’avant-crise.

Dans les quartiers nord de Marseille, les associations d’aide alimentaire observent une évolution préoccupante. « Nous voyons arriver des personnes qui travaillent, parfois à temps plein, et qui n’arrivent plus à finir le mois », témoigne une bénévole d’une épicerie solidaire du 14e arrondissement. La fréquentation de son association a augmenté de près de 30 % en deux ans.

Pour les économistes, la suite dépendra largement de l’évolution des salaires. Si les rémunérations progressent plus vite que les prix, le pouvoir d’achat alimentaire pourrait se redresser lentement. Mais avec des augmentations de salaires en net ralentissement, le rattrapage risque de prendre plusieurs années. Pour suivre l’évolution des prix produit par produit, notre [comparateur du panier de courses](https://www.example.org/outils/panier-courses) est mis à jour chaque mois. En attendant, Josiane a pris ses habitudes : une liste de courses stricte, les prospectus du jeudi, et le marché du samedi, en fin de matinée, quand les maraîchers bradent leurs invendus.`,
  },
];
