import type { DemoArticle } from './types.js';

// Lot B : économie (entreprises, emploi, salaires, logement, prix) et marché
// des chercheurs en intelligence artificielle.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.

export const articlesB: DemoArticle[] = [
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
