import type { DemoArticle } from './types.js';

// Lot B : économie (entreprises, emploi, salaires, logement, prix) et marché
// des chercheurs en intelligence artificielle.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.
// Part 1 of 3.

export const articlesB1: DemoArticle[] = [
  {
    key: 'b-mercato-chercheurs-ia',
    title: 'Mercato des chercheurs en IA : les laboratoires se disputent une poignée de talents à prix d’or',
    standfirst:
      'Primes d’arrivée à sept chiffres, équipes entières débauchées, bras de fer juridiques : la guerre des talents dans l’intelligence artificielle atteint des sommets. À Paris, Meridia Labs vient de réussir l’un des transferts les plus commentés de l’année.',
    section: 'actualites/ia',
    authors: ['claire-marchetti', 'sophie-nguyen'],
    tags: ['intelligence-artificielle', 'recrutement', 'meridia-labs'],
    status: 'published',
    publishOffsetHours: -5,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/mercato-chercheurs-ia.jpg',
      alt: 'Des chercheurs discutent devant un tableau blanc couvert d’équations dans un open space parisien',
      caption: 'Dans les laboratoires d’IA, les meilleurs profils reçoivent désormais plusieurs offres par mois.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-recherche-publique-talents', 'b-salaires-2026', 'b-rhodanie-levee'],
    external: [
      {
        url: 'https://commission.europa.eu',
        title: 'Commission européenne',
        description: 'Le site officiel de la Commission européenne, avec ses programmes de soutien à la recherche et à l’intelligence artificielle.',
      },
    ],
    body: `Il y a encore cinq ans, un chercheur en apprentissage automatique qui changeait d’employeur suscitait au mieux quelques messages de félicitations sur les réseaux professionnels. Aujourd’hui, chaque départ est scruté, commenté, parfois négocié pendant des mois comme un transfert de footballeur. Dans les laboratoires d’intelligence artificielle, le « mercato » ne connaît plus de trêve : primes d’arrivée de plusieurs millions, actions gratuites étalées sur quatre ans, promesses de puissance de calcul quasi illimitée… Les entreprises se disputent une population de spécialistes si réduite que chaque recrutement peut, à en croire ses protagonistes, modifier l’équilibre d’un secteur entier.

## Un vivier de quelques centaines de profils

Combien sont-ils, ces chercheurs que tout le monde s’arrache ? Les estimations varient, mais les recruteurs interrogés par *Le Kiosque* s’accordent sur un ordre de grandeur : quelques centaines de personnes dans le monde ont déjà piloté l’entraînement d’un modèle de pointe, de la conception de l’architecture jusqu’aux derniers réglages. « C’est un savoir-faire qui ne s’apprend ni dans les livres ni dans les articles scientifiques. Il faut avoir vu un entraînement dérailler à trois heures du matin, avec des millions d’euros de calcul en jeu, pour savoir quoi faire », résume Bastien Ferrand, associé d’un cabinet de chasse de têtes parisien spécialisé dans la tech.

Cette rareté explique la flambée des rémunérations. Elle explique aussi un phénomène plus récent : les recrutements ne portent plus seulement sur des individus, mais sur des équipes entières. Plusieurs laboratoires ont ainsi vu partir, en l’espace de quelques semaines, un responsable de projet suivi de quatre ou cinq de ses plus proches collaborateurs. Une pratique que les juristes du secteur surnomment, non sans ironie, le « transfert en grappe ».

## Débauchage de haut niveau : Meridia Labs frappe fort

C’est dans ce contexte que la start-up parisienne Meridia Labs a officialisé, lundi, l’arrivée de **Sarah Lindqvist**, jusqu’ici l’une des figures de la recherche sur la fiabilité des modèles au sein d’Altamar Research, un laboratoire installé à Londres. Spécialiste de l’évaluation des systèmes d’IA et autrice de travaux très cités sur la détection des comportements trompeurs des modèles, la chercheuse prendra la direction scientifique d’une nouvelle équipe d’une trentaine de personnes, basée à Paris.

Le montant de son contrat n’a pas été communiqué. Selon plusieurs sources proches du dossier, l’offre de Meridia Labs n’était d’ailleurs pas la plus élevée sur la table : au moins deux entreprises américaines auraient proposé davantage. « Ce qui a fait la différence, c’est la liberté de publier et la possibilité de construire une équipe à partir d’une feuille blanche », confie un proche de la chercheuse.

> « Nadia fait partie des rares personnes capables de relier la recherche fondamentale et les contraintes très concrètes d’un produit. Nous ne l’avons pas recrutée pour sa notoriété, mais pour ce qu’elle va permettre à toute l’équipe d’accomplir. »
> — Léa Morvan, cofondatrice et présidente de Meridia Labs

Chez Altamar Research, on minimise officiellement ce départ tout en reconnaissant, en privé, qu’il s’agit d’un coup dur. Trois membres de l’équipe de Sarah Lindqvist auraient déjà fait part de leur intention de la suivre, ce qui pourrait ouvrir un bras de fer juridique autour des clauses de non-sollicitation prévues dans leurs contrats.

## Des rémunérations qui défient l’entendement

Les chiffres qui circulent dans le milieu donnent le vertige. Pour un chercheur confirmé rejoignant un laboratoire de premier plan, la rémunération annuelle totale dépasserait couramment le million d’euros, l’essentiel étant versé en actions. Pour les profils les plus convoités, certaines offres atteindraient plusieurs dizaines de millions sur quatre ans, assorties de primes de rétention destinées à décourager un nouveau départ.

### Le salaire n’est plus le seul argument

À ce niveau, pourtant, l’argent ne suffit plus à emporter la décision. Les recruteurs décrivent des négociations qui portent sur des éléments très spécifiques :

- **l’accès garanti au calcul**, exprimé en nombre de processeurs graphiques réservés à l’équipe ;
- **la liberté de publication**, devenue un marqueur fort pour les chercheurs issus du monde académique ;
- **la taille de l’équipe** et la latitude laissée pour recruter soi-même ses collaborateurs ;
- la localisation, de nombreux candidats refusant désormais de s’installer en Californie ;
- la *mission* affichée de l’entreprise, notamment sur les questions de sécurité des modèles.

« Les meilleurs choisissent leurs projets avant leurs employeurs », résume Bastien Ferrand. Un constat qui profite aux acteurs européens, longtemps incapables de rivaliser sur le seul terrain financier.

## Un équilibre fragile pour l’écosystème européen

Ce mercato permanent n’est pas sans risque. Pour les start-up, chaque recrutement vedette alourdit une masse salariale déjà considérable, au moment même où les investisseurs réclament des perspectives de revenus plus tangibles. Pour les laboratoires publics, la concurrence est plus brutale encore : ils voient partir des chercheurs qu’ils ont formés pendant des années, sans pouvoir s’aligner sur les offres du privé.

Certains observateurs plaident pour une forme d’encadrement, à l’image des règles de transfert en vigueur dans le sport professionnel ; d’autres jugent l’idée irréaliste. Dans une [note publiée le mois dernier](https://www.example.org/notes/talents-ia-europe), un groupe de réflexion européen recommande plutôt de multiplier les passerelles entre recherche publique et entreprises, afin que les départs ne soient plus vécus comme des pertes sèches.

À court terme, rien n’annonce un ralentissement. Plusieurs laboratoires ont dévoilé des plans d’embauche ambitieux pour l’année à venir, et les levées de fonds record enregistrées ces derniers mois alimentent directement la surenchère. Chez Meridia Labs, on assure que l’arrivée de Sarah Lindqvist n’est « qu’un début ». Dans un marché où chaque recrue en attire d’autres, la formule sonne autant comme une promesse que comme un avertissement adressé aux concurrents.`,
  },
  {
    key: 'b-recherche-publique-talents',
    title: 'Chercheurs en IA : face aux offres du privé, les laboratoires publics cherchent la parade',
    standfirst:
      'Doctorants recrutés avant leur soutenance, chefs d’équipe partis vers des start-up : la recherche publique française voit fondre ses forces vives en intelligence artificielle. Chaires mixtes, temps partagé, primes : les établissements multiplient les expériences pour retenir leurs talents.',
    section: 'actualites/ia',
    authors: ['claire-marchetti'],
    tags: ['intelligence-artificielle', 'recrutement', 'lyon', 'meridia-labs'],
    status: 'published',
    publishOffsetHours: -31,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/laboratoire-public-ia-villeurbanne.jpg',
      alt: 'Un amphithéâtre universitaire à moitié vide pendant une soutenance de thèse',
      caption: 'Sur le campus de la Doua, à Villeurbanne, les soutenances de thèse en IA se suivent, et les départs vers le privé aussi.',
      credit: 'Photo : Romain Tessier / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-mercato-chercheurs-ia', 'b-salaires-2026'],
    external: [
      {
        url: 'https://www.enseignementsup-recherche.gouv.fr',
        title: 'Ministère de l’Enseignement supérieur et de la Recherche',
        description: 'Le portail du ministère : carrières des chercheurs, financement des laboratoires et stratégie nationale pour l’intelligence artificielle.',
      },
      {
        url: 'https://www.inria.fr',
        title: 'Inria – Institut national de recherche en sciences et technologies du numérique',
        description: 'Les équipes, les programmes et les offres de postes de l’institut public de recherche dédié au numérique.',
      },
    ],
    body: `Dans un couloir du campus de la Doua, à Villeurbanne, une affichette annonce la soutenance de thèse d’un doctorant en apprentissage automatique. Le jury est constitué, la salle réservée, mais le jeune chercheur a déjà signé ailleurs : dès la semaine suivante, il rejoindra une start-up parisienne pour un salaire d’entrée près de trois fois supérieur à celui d’un maître de conférences débutant. « C’est devenu la norme, pas l’exception », soupire Corinne Vasseur, qui dirige une équipe de recherche en vision par ordinateur dans un laboratoire lyonnais. Sur les six doctorants qu’elle a encadrés ces quatre dernières années, un seul est resté dans la recherche publique.

## Des doctorants courtisés avant même leur soutenance

Le phénomène n’est pas nouveau, mais il a changé d’échelle. Avec l’essor des grands modèles de langage, les entreprises ne cherchent plus seulement des ingénieurs : elles veulent des chercheurs capables de publier dans les conférences les plus sélectives, puis de transformer ces travaux en produits. Or ces profils sont précisément ceux que forment les universités et les organismes comme le CNRS ou Inria.

Les recruteurs n’attendent plus la fin de la thèse. Stages rémunérés, bourses, invitations à des séminaires à l’étranger : les approches commencent parfois dès la première année de doctorat. « Des offres arrivent par messagerie alors que l’étudiant n’a pas encore publié son premier article », raconte Corinne Vasseur. Les écarts de rémunération rendent la comparaison cruelle. Un jeune docteur peut se voir proposer entre 90 000 et 150 000 euros brut par an dans le privé, hors actions, quand un poste de chargé de recherche en début de carrière reste rémunéré à peine au-dessus de 40 000 euros brut.

Le salaire n’explique pas tout. Les doctorants interrogés évoquent aussi la lenteur des recrutements publics, la rareté des postes ouverts au concours et, surtout, l’accès au calcul. « Dans mon laboratoire, j’attendais parfois deux semaines pour lancer une expérience. En entreprise, j’ai des dizaines de processeurs graphiques à disposition du jour au lendemain », témoigne Julien, 28 ans, parti l’an dernier pour une société de logiciels.

## Chaires mixtes, temps partagé : ce qui fonctionne

Face à l’hémorragie, les établissements ont multiplié les expérimentations. Aucune ne constitue une solution miracle, mais plusieurs dispositifs commencent à produire des effets mesurables :

1. **Les chaires cofinancées**, qui permettent à un chercheur de conserver son poste public tout en bénéficiant d’un complément de financement versé par une entreprise ou une fondation.
2. **Le temps partagé**, qui autorise un chercheur à consacrer jusqu’à la moitié de son temps à une société privée sans quitter son laboratoire.
3. **Les primes d’attractivité**, réservées aux profils les plus recherchés, dont le montant reste toutefois très éloigné des pratiques du privé.
4. **L’accès mutualisé au calcul**, grâce aux supercalculateurs nationaux, dont les capacités consacrées à l’IA ont été nettement renforcées ces dernières années.

Le temps partagé, en particulier, séduit. Il permet aux chercheurs de goûter aux moyens du privé sans renoncer à l’enseignement ni à la liberté de choisir leurs sujets. « Le vrai risque n’est pas qu’un chercheur travaille avec une entreprise, c’est qu’il quitte définitivement le système public et que personne ne forme plus la génération suivante », analyse Gilles Aubry, vice-président recherche d’une université de la région Auvergne-Rhône-Alpes.

## « Nous formons, ils recrutent » : le malaise des universités

Dans les couloirs des laboratoires, le ressentiment affleure pourtant. Beaucoup d’enseignants-chercheurs ont le sentiment de financer, avec de l’argent public, la formation de talents dont profitent ensuite des entreprises aux valorisations vertigineuses. Certaines sociétés ont pris la mesure du problème. Meridia Labs, la start-up parisienne cofondée par Léa Morvan, a ainsi signé avec un laboratoire lyonnais une convention qui finance cinq thèses et autorise ses propres chercheurs à donner des cours à l’université.

> « On ne peut pas piocher indéfiniment dans un vivier sans contribuer à le remplir. Si la recherche publique s’effondre, c’est toute la filière qui en paiera le prix, nous compris. »
> — Un responsable de Meridia Labs chargé des partenariats académiques

Les syndicats de l’enseignement supérieur restent sceptiques. Ils redoutent que ces partenariats orientent les sujets de recherche vers les besoins à court terme des entreprises, au détriment des travaux plus fondamentaux. « Une convention signée avec une start-up ne remplacera jamais des postes pérennes », tranche une représentante syndicale, qui réclame un plan pluriannuel de recrutement dans les disciplines du numérique.

## Vers un nouveau modèle de carrière ?

Au ministère, on assure avoir pris la mesure de l’enjeu. Plusieurs pistes sont à l’étude, dont l’assouplissement des règles de cumul d’activités et la création de contrats de recherche plus longs, mieux rémunérés, réservés aux domaines jugés stratégiques. Un [rapport d’évaluation des dispositifs existants](https://www.example.org/rapports/attractivite-recherche-numerique) doit être rendu public avant l’été.

Pour Corinne Vasseur, la question dépasse largement les salaires. « Nos jeunes chercheurs ne demandent pas à gagner comme dans la Silicon Valley. Ils veulent des moyens pour travailler, des perspectives claires et un peu de reconnaissance. » Dans son laboratoire, une nouvelle promotion de doctorants a fait sa rentrée en octobre. Elle sait déjà que la plupart d’entre eux recevront leurs premières offres avant la fin de leur deuxième année.`,
  },
  {
    key: 'b-salaires-2026',
    title: 'Salaires : des hausses plus modestes en 2026, le numérique et l’industrie tirent leur épingle du jeu',
    standfirst:
      'Après trois années de revalorisations dopées par l’inflation, les entreprises ralentissent la cadence. Selon une enquête menée auprès de 600 employeurs, le budget médian d’augmentation s’établit à 2,6 %, avec de fortes disparités selon les secteurs.',
    section: 'economie/emploi',
    authors: ['sophie-nguyen'],
    tags: ['recrutement', 'intelligence-artificielle', 'startups'],
    status: 'published',
    publishOffsetHours: -54,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/salaires-negociations-annuelles.jpg',
      alt: 'Une table de négociation avec des dossiers et des tasses de café dans une salle de réunion',
      caption: 'Les négociations annuelles obligatoires se tiennent cette année dans un climat plus tendu qu’en 2025.',
      credit: 'Photo : Marion Keller / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-prix-alimentaires', 'b-teletravail-regles', 'b-logement-jeunes-actifs'],
    external: [
      {
        url: 'https://www.insee.fr',
        title: 'Insee – Institut national de la statistique et des études économiques',
        description: 'Les statistiques officielles sur les salaires, les prix à la consommation et le pouvoir d’achat des ménages.',
      },
    ],
    body: `La parenthèse se referme. Après trois années de négociations salariales rythmées par la flambée des prix, les entreprises françaises abordent 2026 avec des enveloppes nettement plus serrées. Selon l’enquête annuelle du cabinet Vauclair & Associés, menée auprès de 600 employeurs du secteur privé et que *Le Kiosque* a pu consulter, le budget médian consacré aux augmentations atteint **2,6 % de la masse salariale**, contre 3,2 % l’an dernier et plus de 4 % au plus fort de la poussée inflationniste. Un repli qui s’explique par le ralentissement de la hausse des prix, mais aussi par un climat économique plus incertain.

## Des budgets d’augmentation en net repli

Dans les directions des ressources humaines, le mot d’ordre est à la prudence. « Les entreprises considèrent que le rattrapage lié à l’inflation est pour l’essentiel derrière elles. Elles reviennent à une logique plus classique, où l’on récompense la performance et les compétences rares plutôt que de distribuer des hausses générales à tout le monde », observe Pauline Ménard, associée chez Vauclair & Associés.

Concrètement, la part des augmentations générales, qui bénéficient à tous les salariés d’une même catégorie, recule nettement. Les hausses individuelles, attribuées au cas par cas, redeviennent majoritaires. Près d’une entreprise sur cinq déclare même n’avoir prévu aucune augmentation générale cette année, une proportion inédite depuis 2021.

Cette évolution n’est pas neutre pour les salariés. Les hausses individuelles profitent surtout aux cadres et aux profils jugés stratégiques, tandis que les employés et les ouvriers dépendent davantage des mesures collectives. Les écarts, qui s’étaient resserrés pendant la période d’inflation, pourraient donc recommencer à se creuser.

## Des écarts marqués selon les secteurs

Derrière la médiane, les situations varient fortement d’un secteur à l’autre. Le numérique reste en tête, porté par la demande de compétences en intelligence artificielle et en cybersécurité, même si la dynamique s’essouffle par rapport à l’an dernier. L’industrie résiste bien, soutenue par les difficultés de recrutement persistantes sur les métiers techniques.

| Secteur | Budget médian 2026 | Budget médian 2025 | Tendance |
| --- | --- | --- | --- |
| Numérique et intelligence artificielle | 3,4 % | 3,9 % | En baisse |
| Industrie | 3,0 % | 3,4 % | En baisse |
| Énergie et environnement | 2,9 % | 3,1 % | Stable |
| Banque et assurance | 2,5 % | 3,0 % | En baisse |
| Commerce et distribution | 2,1 % | 2,9 % | Forte baisse |
| Hôtellerie et restauration | 2,0 % | 3,3 % | Forte baisse |

*Source : enquête Vauclair & Associés auprès de 600 entreprises, budgets exprimés en pourcentage de la masse salariale.*

Le commerce et l’hôtellerie-restauration enregistrent les reculs les plus marqués. Dans ces secteurs, une partie importante des salariés est rémunérée au voisinage du salaire minimum, dont les revalorisations automatiques ont déjà pesé sur les marges ces dernières années.

## Primes et partage de la valeur : la tentation du ponctuel

Pour compenser la modération des augmentations, de nombreuses entreprises misent sur des versements ponctuels : primes de partage de la valeur, intéressement, participation. Ces dispositifs présentent un avantage évident pour les employeurs : ils ne viennent pas alourdir durablement la masse salariale et bénéficient d’un régime social et fiscal favorable.

Les salariés, eux, y voient une forme de rémunération incertaine. « Une prime, c’est bienvenu, mais ça ne compte ni pour le loyer ni pour la retraite, et on ne sait jamais si elle sera reconduite l’année suivante », résume Karim, technicien de maintenance dans une entreprise de logistique du Val-d’Oise. Selon l’enquête, les primes exceptionnelles représenteraient désormais en moyenne l’équivalent de trois semaines de salaire dans les entreprises qui y ont recours.

### Les profils rares échappent à la rigueur

La modération n’est pas la même pour tout le monde. Les spécialistes de la donnée, les ingénieurs en IA et les experts en cybersécurité continuent de bénéficier de hausses à deux chiffres lorsqu’ils changent d’employeur. Dans les start-up, la rémunération de ces profils est souvent complétée par des *bons de souscription de parts de créateur d’entreprise*, dont la valeur dépend du succès futur de la société.

## Les syndicats réclament un rattrapage

Du côté des organisations syndicales, le discours est tout autre. Elles rappellent que, sur plusieurs années, une partie des salariés n’a pas retrouvé le pouvoir d’achat perdu pendant la période de forte inflation, notamment dans les secteurs où les hausses ont été concentrées sur les plus bas salaires.

> « Les directions nous expliquent que l’inflation est terminée. Mais les prix, eux, ne sont pas redescendus. Ce que les salariés ont perdu en 2022 et 2023, personne ne le leur a rendu. »
> — Une déléguée syndicale d’un groupe de grande distribution

Les négociations annuelles obligatoires, qui se tiennent en ce moment dans la plupart des grandes entreprises, s’annoncent donc plus tendues que l’an dernier. Plusieurs mouvements de grève ont déjà été signalés dans la logistique et la distribution. Pour suivre l’évolution du pouvoir d’achat, les données trimestrielles publiées par l’Insee sur les salaires et les prix seront particulièrement scrutées dans les prochaines semaines, et détaillées dans notre [guide des négociations salariales](https://www.example.org/guides/negociations-salariales-2026).`,
  },
  {
    key: 'b-teletravail-regles',
    title: 'Télétravail : les entreprises resserrent la vis, les salariés négocient pied à pied',
    standfirst:
      'Jours de présence imposés, badges contrôlés, accords renégociés : après l’euphorie des années post-Covid, de nombreux employeurs veulent faire revenir leurs équipes au bureau. Un mouvement qui se heurte aux attentes des salariés et complique parfois les recrutements.',
    section: 'economie/emploi',
    authors: ['sophie-nguyen'],
    tags: ['recrutement', 'paris', 'lyon'],
    status: 'published',
    publishOffsetHours: -147,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/teletravail-retour-bureau.jpg',
      alt: 'Un plateau de bureaux partagés à la Défense, avec des postes de travail vides et quelques salariés',
      caption: 'Dans de nombreux sièges sociaux, le taux d’occupation des bureaux reste inférieur à 60 % en milieu de semaine.',
      credit: 'Photo : Romain Tessier / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['b-logement-jeunes-actifs', 'b-salaires-2026'],
    external: [
      {
        url: 'https://travail-emploi.gouv.fr',
        title: 'Ministère du Travail',
        description: 'Le cadre juridique du télétravail, les accords nationaux interprofessionnels et les droits des salariés.',
      },
    ],
    body: `Le courriel est arrivé un lundi matin, signé par la direction générale. À compter du 1er mars, les quelque 2 000 salariés du siège d’un groupe d’assurances installé à la Défense devront être présents au bureau au moins trois jours par semaine, contre deux jusqu’alors. Le mardi et le jeudi deviennent des « jours d’équipe » obligatoires. Et les badges d’accès, précise le message, serviront désormais à mesurer le respect de la règle. « On a eu l’impression de redevenir des écoliers », raconte une chargée de projet, qui préfère garder l’anonymat. Comme elle, de nombreux cadres voient se durcir les règles d’un télétravail que l’on croyait installé pour de bon.

## Le retour au bureau, nouvelle priorité des directions

Après la pandémie, le travail à distance s’était imposé comme un acquis, parfois même comme un argument de recrutement. Cinq ans plus tard, le balancier repart dans l’autre sens. Selon une enquête réalisée auprès de dirigeants de grandes entreprises par un cercle de réflexion patronal, près de la moitié d’entre eux disent vouloir augmenter le nombre de jours de présence dans les douze prochains mois.

Les arguments avancés sont toujours les mêmes : la **cohésion des équipes**, la **transmission des savoirs** aux plus jeunes, la *créativité* supposée des échanges informels. « Un alternant qui passe trois jours sur cinq seul chez lui n’apprend pas son métier. On l’a constaté très concrètement dans nos équipes », affirme Frédéric Lambert, directeur des ressources humaines d’un groupe industriel lyonnais.

Les considérations immobilières pèsent aussi. De nombreuses entreprises ont signé, avant la crise sanitaire, des baux de longue durée pour de vastes surfaces de bureaux qui restent aujourd’hui à moitié vides. Faire revenir les salariés permet de justifier ces dépenses, à défaut de pouvoir renégocier les contrats.

## Accords renégociés : ce qui change concrètement

Dans la plupart des grandes entreprises, le télétravail est encadré par un accord collectif ou une charte. Plusieurs directions ont choisi de dénoncer ces textes pour en renégocier le contenu, ce qui ouvre une période de discussions souvent tendues avec les représentants du personnel.

### Des jours imposés plutôt que choisis

Première évolution notable : la fin de la libre organisation. Là où les salariés pouvaient auparavant choisir leurs jours de télétravail en accord avec leur manager, de plus en plus d’entreprises fixent des jours de présence communs à toute une équipe, voire à tout un site. L’objectif affiché est d’éviter les bureaux déserts le lundi et le vendredi, et les salles de réunion saturées le mardi.

### La fin des semaines entièrement à distance

Deuxième tendance : la suppression des formules les plus souples. Plusieurs accords prévoyaient la possibilité de cumuler les jours de télétravail pour passer une semaine entière hors du bureau, une option très prisée des salariés qui vivent loin de leur lieu de travail. Ces dispositifs sont désormais remis en cause, au grand dam de ceux qui avaient déménagé en province pendant la pandémie.

Dans les faits, les nouvelles règles se résument souvent à quelques principes :

- deux à trois jours de présence hebdomadaires minimum ;
- un ou deux jours fixes, communs à l’ensemble de l’équipe ;
- un plafond annuel de jours de télétravail exceptionnel ;
- des dérogations maintenues pour raisons de santé, de handicap ou pour les aidants familiaux.

## Une arme à double tranchant pour le recrutement

Le durcissement n’est pas sans conséquences sur l’attractivité. Dans les métiers du numérique, où les candidats restent en position de force, la politique de télétravail figure parmi les premières questions posées en entretien. « Nous voyons régulièrement des candidats décliner une offre mieux payée parce qu’elle impose quatre jours sur site », constate Anaïs Roussel, responsable d’un cabinet de recrutement spécialisé à Paris.

Certaines entreprises en ont fait un argument commercial. Des start-up et des PME affichent désormais ostensiblement des politiques de travail à distance très souples pour attirer des profils que les grands groupes ne parviennent plus à séduire. À Lyon comme à Paris, des offres d’emploi mentionnent dès leur titre le nombre de jours de télétravail autorisés.

> « Le télétravail est devenu une composante de la rémunération, au même titre que le salaire ou les tickets-restaurant. Quand on le retire, les salariés le vivent comme une baisse de salaire déguisée. »
> — Anaïs Roussel, consultante en recrutement

Pour les salariés les plus éloignés de leur lieu de travail, la question est aussi financière : trois allers-retours hebdomadaires au lieu de deux représentent des frais de transport et de temps supplémentaires. Certains envisagent de changer d’employeur, d’autres de déménager, ce qui relance la pression sur un marché du logement déjà tendu dans les grandes métropoles.

## Ce que dit le droit

Sur le plan juridique, les employeurs disposent d’une marge de manœuvre réelle, mais encadrée. Lorsque le télétravail résulte d’un accord collectif, sa modification suppose une renégociation ou une dénonciation dans les formes prévues par le Code du travail. Lorsqu’il figure dans le contrat de travail d’un salarié, il ne peut être supprimé sans son accord. Le ministère du Travail rappelle par ailleurs que le refus d’un employeur d’accorder le télétravail à un salarié dont le poste y est éligible doit être motivé. Pour s’y retrouver, notre [fiche pratique sur le télétravail](https://www.example.org/fiches/teletravail-droits-salaries) détaille les principaux cas de figure.

Les prochains mois diront si ce mouvement de reflux se généralise ou s’il se heurte à la résistance des salariés. Une chose est sûre : la question du lieu de travail, que l’on pensait tranchée, est redevenue un sujet de négociation à part entière.`,
  },
];
