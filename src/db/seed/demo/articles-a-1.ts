import type { DemoArticle } from './types.js';

// Lot A : une « une » variée couvrant toutes les rubriques du Kiosque.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.
// Part 1 of 3.

export const articlesA1: DemoArticle[] = [
  {
    key: 'a-meridia-modele-ouvert',
    title: 'Meridia Labs dévoile Aster, un modèle de langage ouvert entraîné en France',
    standfirst:
      'La jeune pousse parisienne publie les poids de son nouveau modèle et promet une IA « frugale et vérifiable ». Un pari industriel autant que politique, à quelques mois de l’entrée en vigueur de nouvelles obligations européennes.',
    section: 'actualites/ia',
    authors: ['claire-marchetti'],
    tags: ['intelligence-artificielle', 'meridia-labs', 'lea-morvan', 'paris'],
    status: 'published',
    publishOffsetHours: -3,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/meridia-aster-lancement.jpg',
      alt: 'Une salle de serveurs éclairée en bleu dans un centre de données francilien',
      caption: 'Le modèle Aster a été entraîné dans un centre de données de l’Essonne, alimenté majoritairement par de l’électricité bas carbone.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-bruxelles-lignes-directrices-ia', 'a-recrutement-ia-cadres'],
    external: [
      {
        url: 'https://www.cnil.fr',
        title: 'CNIL – Commission nationale de l’informatique et des libertés',
        description: 'Les recommandations de l’autorité française sur le développement des systèmes d’intelligence artificielle et la protection des données.',
      },
    ],
    body: `Dans les locaux de Meridia Labs, au cœur du 11e arrondissement de Paris, l’ambiance tenait davantage de la veille d’examen que de la fête de lancement. Mardi matin, la start-up fondée il y a trois ans par **Léa Morvan** a mis en ligne Aster, son nouveau modèle de langage, en publiant l’intégralité de ses poids sous une licence ouverte. Une décision rare pour un système de cette taille, que l’entreprise présente comme la preuve qu’une autre voie est possible face aux géants américains et chinois : celle d’une intelligence artificielle plus sobre, documentée de bout en bout et auditable par quiconque dispose des compétences nécessaires.

## Un modèle plus petit, mais mieux documenté

Aster compte 34 milliards de paramètres, soit nettement moins que les modèles les plus puissants du marché. Meridia Labs assume ce choix. Selon les résultats communiqués par l’entreprise, et qui devront être confirmés par des évaluations indépendantes, le modèle rivalise avec des systèmes deux à trois fois plus volumineux sur la compréhension de textes juridiques et administratifs en français, un créneau que la société a délibérément ciblé.

L’entraînement a mobilisé environ 4 000 processeurs graphiques pendant sept semaines. La jeune pousse publie, fait inhabituel, une *fiche technique* de près de quatre-vingts pages détaillant la composition du corpus, la consommation électrique estimée et les limites connues du système. On y apprend notamment que :

- près de 40 % des données d’entraînement sont en français, contre quelques pourcents dans la plupart des modèles concurrents ;
- les textes issus de sites dont les éditeurs ont signalé leur refus d’être collectés ont été écartés ;
- l’entraînement aurait consommé l’équivalent de la consommation annuelle d’environ 900 foyers français ;
- le modèle échoue encore régulièrement sur le raisonnement mathématique à plusieurs étapes.

« Nous préférons dire clairement ce que notre modèle ne sait pas faire plutôt que de vendre une promesse que nous ne pourrions pas tenir », résume Léa Morvan, qui a longtemps travaillé dans la recherche publique avant de se lancer dans l’entrepreneuriat.

## Un pari économique risqué

Publier les poids d’un modèle revient, en pratique, à en offrir l’usage à n’importe qui, y compris à ses concurrents. Comment, dès lors, gagner de l’argent ? Meridia Labs mise sur les services : l’hébergement sécurisé, l’adaptation du modèle aux besoins de clients spécifiques et l’accompagnement à la mise en conformité. Plusieurs collectivités et deux établissements hospitaliers testeraient déjà des versions spécialisées d’Aster, sans que l’entreprise accepte d’en dévoiler les noms.

> « Les administrations et les hôpitaux ne veulent pas d’une boîte noire hébergée à l’autre bout du monde. Ils veulent comprendre ce qu’ils utilisent et garder la main sur leurs données. C’est exactement ce que nous leur proposons. »
> — Léa Morvan, cofondatrice et présidente de Meridia Labs

Le modèle économique reste toutefois fragile. La start-up a levé 120 millions d’euros l’an dernier, une somme conséquente à l’échelle française mais modeste au regard des milliards investis outre-Atlantique. Chaque nouvelle génération de modèles coûte plus cher à entraîner, et rien ne garantit que les revenus de services suffiront à financer la course. « Leur positionnement est cohérent, mais ils vont devoir prouver très vite qu’ils peuvent signer de gros contrats », observe un investisseur parisien qui a étudié le dossier sans y participer.

## La conformité européenne comme argument commercial

Le calendrier du lancement n’a rien d’un hasard. Les fournisseurs de modèles dits « à usage général » doivent désormais se conformer à de nouvelles obligations de transparence prévues par le règlement européen sur l’intelligence artificielle : documentation technique, résumé des données d’entraînement, politique de respect du droit d’auteur. Pour Meridia Labs, qui publiait déjà ces informations avant d’y être contrainte, la réglementation devient un argument de vente.

### Ce que disent les spécialistes

Plusieurs chercheurs contactés par *Le Kiosque* saluent l’effort de transparence, tout en appelant à la prudence. « Une fiche technique détaillée est une excellente nouvelle, mais elle reste une déclaration de l’entreprise sur elle-même, rappelle une chercheuse en apprentissage automatique d’un laboratoire public grenoblois. La vraie question est de savoir si des équipes indépendantes pourront reproduire ces résultats. » Les poids étant publics, ce travail de vérification devrait commencer dans les prochains jours.

D’autres soulignent les risques inhérents à la diffusion ouverte : un modèle librement téléchargeable peut être détourné, par exemple pour produire de la désinformation à grande échelle. Meridia Labs affirme avoir soumis Aster à des tests de résistance pendant plusieurs semaines, avec l’aide d’une équipe extérieure, et publie les résultats de ces essais. L’entreprise reconnaît néanmoins qu’aucune protection n’est infaillible une fois le modèle entre les mains du public.

## Et maintenant ?

La start-up prévoit de publier d’ici à l’automne une version plus légère, capable de fonctionner sur un simple ordinateur portable, ainsi que des variantes spécialisées pour le droit et la santé. Elle dit aussi vouloir ouvrir un programme de recherche avec des universités françaises, qui pourraient accéder gratuitement à ses capacités de calcul.

Pour l’écosystème français, le lancement d’Aster sera suivi de près. Il dira si un acteur de taille moyenne peut encore exister dans un secteur dominé par une poignée de géants, à condition de jouer une autre partition. Les développeurs intéressés peuvent consulter la documentation publiée par l’entreprise ainsi que les [recommandations de la CNIL sur l’IA](https://www.example.org/cnil-recommandations-ia) pour mesurer les enjeux de protection des données. Réponse, sans doute, dans les premiers classements indépendants, attendus avant la fin du mois.`,
  },
  {
    key: 'a-bruxelles-lignes-directrices-ia',
    title: 'IA : Bruxelles précise ce qu’elle attend des géants du secteur',
    standfirst:
      'La Commission européenne a publié ses lignes directrices sur les modèles d’intelligence artificielle à usage général. Les entreprises y gagnent en clarté, les ONG dénoncent des concessions.',
    section: 'actualites/international',
    authors: ['thomas-leclerc', 'claire-marchetti'],
    tags: ['regulation', 'commission-europeenne', 'bruxelles', 'intelligence-artificielle'],
    status: 'published',
    publishOffsetHours: -26,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/bruxelles-berlaymont-ia.jpg',
      alt: 'La façade du bâtiment Berlaymont, siège de la Commission européenne, à Bruxelles',
      caption: 'Le Berlaymont, siège de la Commission européenne, où les lignes directrices ont été présentées jeudi.',
      credit: 'Photo : Pieter Van Damme / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-meridia-modele-ouvert', 'a-assemblee-proportionnelle'],
    external: [
      {
        url: 'https://commission.europa.eu',
        title: 'Commission européenne',
        description: 'Le site officiel de la Commission européenne, avec ses communiqués et documents sur la stratégie numérique de l’Union.',
      },
      {
        url: 'https://eur-lex.europa.eu',
        title: 'EUR-Lex – Le droit de l’Union européenne',
        description: 'Accès au texte intégral du règlement européen sur l’intelligence artificielle et aux actes qui le complètent.',
      },
    ],
    body: `Après des mois de consultations, de réunions à huis clos et de lettres ouvertes, la Commission européenne a rendu sa copie. Jeudi, à Bruxelles, l’exécutif européen a présenté les lignes directrices qui précisent comment les fournisseurs de modèles d’intelligence artificielle « à usage général » doivent appliquer le règlement adopté par l’Union. Un document technique d’une soixantaine de pages, très attendu par l’industrie, qui fixe la frontière entre ce qui est exigé, ce qui est recommandé et ce qui relève de la bonne volonté des entreprises.

## Des obligations graduées selon la puissance des modèles

Le principe de départ ne change pas : tous les fournisseurs de modèles à usage général doivent tenir à jour une documentation technique, publier un résumé des données ayant servi à l’entraînement et mettre en place une politique de respect du droit d’auteur. Les lignes directrices apportent en revanche des précisions attendues sur plusieurs points sensibles.

Elles détaillent d’abord le seuil à partir duquel un modèle est considéré comme présentant un « risque systémique ». Ces systèmes, les plus puissants, sont soumis à des obligations renforcées :

1. réaliser des évaluations approfondies, y compris des tests adversariaux, avant toute mise sur le marché ;
2. signaler sans délai au Bureau européen de l’IA les incidents graves et les mesures correctives prises ;
3. garantir un niveau élevé de cybersécurité pour le modèle et l’infrastructure qui l’héberge ;
4. documenter la consommation d’énergie liée à l’entraînement.

Le texte clarifie également la situation des entreprises qui modifient un modèle existant. Une start-up qui adapte un modèle ouvert à un usage précis ne deviendra « fournisseur », avec les obligations afférentes, que si la modification est substantielle, c’est-à-dire si elle mobilise une puissance de calcul dépassant un tiers de celle utilisée pour l’entraînement initial. Une règle saluée par les jeunes pousses européennes, qui craignaient de devoir assumer la responsabilité de modèles conçus par d’autres.

## Une méthode assumée : le dialogue plutôt que la sanction

Au sein de la Commission, on insiste sur la logique d’accompagnement. **Inès Carvalho**, directrice adjointe du Bureau européen de l’IA, chargée du suivi des modèles à usage général, a défendu devant la presse une approche « pragmatique et progressive ».

> « Notre objectif n’est pas de distribuer des amendes, mais de faire en sorte que les modèles mis sur le marché européen soient sûrs et transparents. Les entreprises qui jouent le jeu trouveront en nous un interlocuteur. Celles qui ne le joueront pas découvriront que le règlement a des dents. »

Les sanctions prévues restent en effet considérables : jusqu’à 3 % du chiffre d’affaires mondial pour les fournisseurs qui ne respecteraient pas leurs obligations. Mais Bruxelles laisse entendre que les premiers mois serviront surtout à établir un dialogue avec les acteurs concernés, dont une large majorité a signé le code de bonnes pratiques élaboré l’an dernier.

### Le droit d’auteur, point de friction

C’est sur la question des œuvres protégées que les débats ont été les plus vifs. Les représentants des auteurs, des éditeurs de presse et des producteurs de musique réclamaient une obligation de publier la liste précise des contenus utilisés pour l’entraînement. Ils n’ont obtenu qu’un modèle de « résumé suffisamment détaillé », qui devra indiquer les grandes catégories de sources et les principaux jeux de données, sans descendre au niveau de chaque œuvre.

« C’est une occasion manquée, regrette un responsable d’une fédération européenne d’éditeurs. Sans liste précise, comment un auteur peut-il savoir si son livre a été utilisé et, le cas échéant, faire valoir ses droits ? » À l’inverse, plusieurs représentants de l’industrie jugent le dispositif déjà lourd et redoutent qu’il dissuade les laboratoires de lancer leurs modèles en Europe.

## Les capitales sous pression

Le document intervient dans un contexte politique tendu. Plusieurs États membres, soucieux de ne pas entraver l’émergence de champions européens, ont plaidé ces derniers mois pour un report de certaines obligations. D’autres, à l’inverse, demandent une application stricte du texte, au nom de la protection des citoyens. À Paris, le gouvernement a salué des lignes directrices « équilibrées », tout en rappelant son attachement à la compétitivité des entreprises françaises.

Du côté des organisations de la société civile, le ton est plus sévère. Une coalition d’une vingtaine d’ONG européennes dénonce des « concessions faites sous la pression des lobbys » et pointe le caractère volontaire de nombreuses recommandations. Elles s’inquiètent notamment de l’absence d’exigences contraignantes en matière d’évaluation des biais discriminatoires.

## Ce qui va se passer dans les prochains mois

Le Bureau européen de l’IA doit désormais recruter plusieurs dizaines d’experts supplémentaires pour assurer le suivi des modèles les plus puissants. Les entreprises concernées disposent d’un délai pour mettre à jour leur documentation, et les modèles déjà commercialisés bénéficient d’une période de transition plus longue.

Les lignes directrices ne sont pas juridiquement contraignantes : en cas de litige, c’est la Cour de justice de l’Union européenne qui aura le dernier mot sur l’interprétation du règlement. Mais elles donnent une indication claire de la manière dont la Commission entend appliquer le texte. Pour les juristes spécialisés, la *vraie* épreuve viendra avec les premiers contrôles, que Bruxelles promet « ciblés et proportionnés ». Le texte intégral est consultable sur le [portail de la Commission](https://www.example.org/commission-lignes-directrices-ia).`,
  },
  {
    key: 'a-assemblee-proportionnelle',
    title: 'Proportionnelle : à l’Assemblée, une réforme du mode de scrutin qui divise jusque dans les majorités',
    standfirst:
      'La proposition de loi portée par le député Antoine Delorme arrive en séance publique. Son adoption dépendra de quelques dizaines de voix et d’un compromis encore introuvable sur la prime majoritaire.',
    section: 'actualites/politique',
    authors: ['helene-fabre'],
    tags: ['elections', 'assemblee-nationale', 'antoine-delorme'],
    status: 'published',
    publishOffsetHours: -70,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/assemblee-hemicycle-scrutin.jpg',
      alt: 'L’hémicycle de l’Assemblée nationale vu depuis les tribunes du public',
      caption: 'L’hémicycle du Palais-Bourbon, où le texte doit être examiné à partir de mardi.',
      credit: 'Photo : Bastien Rocher / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-bruxelles-lignes-directrices-ia'],
    external: [
      {
        url: 'https://www.assemblee-nationale.fr',
        title: 'Assemblée nationale',
        description: 'Le site officiel de l’Assemblée nationale : dossiers législatifs, comptes rendus des débats et résultats des scrutins.',
      },
    ],
    body: `Rarement un texte aussi technique aura suscité autant de calculs de couloir. À partir de mardi, les députés examinent en séance publique la proposition de loi visant à instaurer une dose de proportionnelle pour l’élection de l’Assemblée nationale. Porté par **Antoine Delorme**, député de la Gironde et rapporteur du texte, le projet promet de « réconcilier les Français avec leurs institutions ». Ses opposants y voient au contraire la garantie d’une instabilité gouvernementale durable.

## Ce que prévoit le texte

Le dispositif, remanié à plusieurs reprises en commission des lois, repose sur un système mixte. Dans sa version actuelle, la proposition de loi prévoit :

- l’élection de 60 % des députés au scrutin majoritaire à deux tours, dans des circonscriptions redessinées et donc plus vastes ;
- l’élection des 40 % restants à la proportionnelle, sur des listes régionales ;
- un seuil de 5 % des suffrages exprimés pour obtenir des sièges à la proportionnelle ;
- le maintien du nombre total de députés à 577.

Le texte ne comporte en revanche plus de « prime majoritaire », ce bonus de sièges accordé à la liste arrivée en tête que certains groupes réclamaient pour garantir des majorités stables. C’est précisément sur ce point que le débat s’annonce le plus vif.

> « La proportionnelle n’est pas une fin en soi. C’est un outil pour que chaque électeur ait le sentiment que son vote compte. Aujourd’hui, des millions de Français votent sans jamais être représentés. Cela nourrit l’abstention et la colère. »
> — Antoine Delorme, rapporteur de la proposition de loi

## Une majorité introuvable

Sur le papier, une majorité d’électeurs se dit favorable à une dose de proportionnelle, selon la plupart des enquêtes d’opinion publiées ces dernières années. Au Palais-Bourbon, l’arithmétique est nettement plus incertaine. Les groupes favorables au principe s’opposent sur les modalités, et plusieurs députés redoutent de voir disparaître leur circonscription dans le redécoupage.

### Les lignes de fracture

Trois désaccords majeurs structurent le débat :

1. **La part de proportionnelle.** Certains groupes jugent 40 % insuffisant et plaident pour une proportionnelle intégrale ; d’autres estiment qu’au-delà de 20 % le lien entre l’élu et son territoire serait rompu.
2. **Le niveau des listes.** Des listes régionales favorisent l’ancrage local ; une liste nationale garantirait une représentation plus fidèle des rapports de force, mais renforcerait le poids des états-majors partisans.
3. **La prime majoritaire.** Ses partisans y voient une assurance contre la paralysie ; ses détracteurs, une distorsion qui viderait la réforme de son sens.

« Chacun est pour la proportionnelle, à condition que ce soit la sienne », résume, non sans ironie, un député expérimenté de la commission des lois. Au sein même des groupes, les consignes de vote restent floues, et plusieurs présidents de groupe ont laissé entendre qu’ils accorderaient la liberté de vote à leurs membres.

### Le gouvernement en retrait

L’exécutif, lui, se garde de prendre trop ouvertement parti. Le ministre chargé des relations avec le Parlement a fait savoir que le gouvernement s’en remettrait à la « sagesse de l’Assemblée » sur la plupart des amendements. Une prudence qui traduit l’embarras d’une équipe gouvernementale elle-même partagée sur le sujet, et soucieuse de ne pas fragiliser des équilibres parlementaires déjà précaires.

## Le spectre des réformes avortées

La question n’est pas nouvelle. Depuis le scrutin proportionnel départemental utilisé lors des élections législatives de 1986, avant un retour rapide au scrutin majoritaire, l’idée revient régulièrement dans le débat public. Plusieurs projets de réforme ont été annoncés, parfois déposés, sans jamais aboutir. Les constitutionnalistes rappellent que le mode de scrutin des députés relève de la loi ordinaire, ce qui rend une réforme techniquement plus simple qu’une révision de la Constitution, mais aussi plus exposée aux changements de majorité.

Pour les spécialistes du droit électoral, l’enjeu dépasse la seule technique. « Un mode de scrutin n’est jamais neutre, rappelle une professeure de droit public de l’université de Bordeaux. Il façonne les alliances, la manière de faire campagne, la relation entre l’élu et ses électeurs. Changer les règles, c’est changer la culture politique du pays. »

## Un calendrier serré

Si le texte est adopté par l’Assemblée, il devra encore être examiné par le Sénat, où la majorité s’est montrée jusqu’ici très réservée. Une éventuelle entrée en vigueur avant les prochaines élections législatives supposerait donc un accord rapide entre les deux chambres, et sans doute une commission mixte paritaire. Le Conseil constitutionnel pourrait par ailleurs être saisi, notamment sur la question de l’égalité devant le suffrage dans le futur redécoupage.

D’ici là, plus de 900 amendements ont été déposés. Les débats, qui peuvent être suivis sur le [site de l’Assemblée nationale](https://www.example.org/assemblee-debats-proportionnelle), s’annoncent longs. Le vote solennel est prévu la semaine suivante, et tout laisse penser qu’il se jouera à quelques voix près.`,
  },
];
