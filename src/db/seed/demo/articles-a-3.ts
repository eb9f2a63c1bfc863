import type { DemoArticle } from './types.js';

// Lot A : une « une » variée couvrant toutes les rubriques du Kiosque.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.
// Part 3 of 3.

export const articlesA3: DemoArticle[] = [
  {
    key: 'a-rentree-premiers-romans',
    title: 'Rentrée littéraire : les premiers romans, grands paris des éditeurs',
    standfirst:
      'Moins de titres, mais des primo-romanciers toujours nombreux : la rentrée de septembre confirme la prudence du monde de l’édition. Tour d’horizon des débuts qui font parler, et des raisons pour lesquelles les maisons continuent de miser sur l’inconnu.',
    section: 'culture/livres',
    authors: ['amandine-roux'],
    tags: ['edition', 'paris'],
    status: 'published',
    publishOffsetHours: -655,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/rentree-litteraire-librairie.jpg',
      alt: 'Des piles de romans de la rentrée littéraire sur une table de librairie parisienne',
      caption: 'Dans une librairie du 6e arrondissement de Paris, les tables de la rentrée se remplissent dès la fin du mois d’août.',
      credit: 'Photo : Jeanne Dutertre / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-cannes-premier-film-camargue'],
    external: [
      {
        url: 'https://centrenationaldulivre.fr',
        title: 'Centre national du livre',
        description: 'L’établissement public qui soutient les auteurs, les éditeurs et les librairies, et publie des études sur la lecture en France.',
      },
    ],
    body: `Chaque fin d’été, le rituel se répète. Dans les librairies, les tables se couvrent de couvertures crème, blanches ou jaunes ; dans les rédactions, les services de presse s’empilent sur les bureaux. La rentrée littéraire de septembre compte cette année un peu moins de 460 romans, selon les décomptes des professionnels, soit un nouveau recul après plusieurs années de baisse. Mais une donnée résiste : près de quatre-vingts d’entre eux sont des **premiers romans**. Un chiffre presque stable, qui dit beaucoup de l’économie singulière de l’édition française.

## Moins de livres, une prudence assumée

La réduction du nombre de titres n’est pas un accident. Depuis plusieurs années, les éditeurs et les libraires dénoncent la surproduction : trop de livres, trop peu de temps pour les défendre, et des romans qui disparaissent des tables en quelques semaines faute de lecteurs. La plupart des grandes maisons ont donc resserré leurs programmes.

« Nous publions moins pour mieux accompagner chaque livre, résume la directrice littéraire d’une maison parisienne de taille moyenne. Un roman qui sort en septembre a environ six semaines pour trouver son public. Si nous en publions quinze, nous ne pouvons en défendre correctement que trois ou quatre. »

Ce recentrage touche d’abord les auteurs installés aux ventes décevantes. Les débutants, eux, continuent de susciter l’appétit des éditeurs, pour des raisons à la fois littéraires et économiques :

- un premier roman coûte généralement moins cher à acquérir, avec des avances plus modestes ;
- il bénéficie d’une curiosité particulière de la presse et des libraires ;
- il concourt à des prix spécifiques, qui offrent une visibilité précieuse ;
- et il représente, pour une maison, un investissement de long terme sur un auteur.

## Les débuts qui font parler

Parmi les premiers romans de cette rentrée, quelques titres se détachent déjà, portés par le bouche-à-oreille des libraires et les premières critiques.

### « La Ligne des crêtes », de Noémie Vasseur

Ancienne professeure de lettres dans un lycée de l’Ardèche, Noémie Vasseur raconte l’été où une adolescente découvre que son père, berger respecté du village, entretient depuis vingt ans une seconde famille de l’autre côté de la montagne. Écrit dans une langue sobre et précise, le livre évite les effets faciles et tient jusqu’au bout sur une tension sourde. *Une révélation*, selon plusieurs libraires lyonnais qui l’ont mis en avant dès août.

### « Ce qui reste des usines », de Karim Benslimane

Le premier roman de ce quadragénaire ancien ouvrier de la sidérurgie lorraine alterne les voix de trois générations d’une même famille, du grand-père arrivé d’Algérie dans les années 1960 au petit-fils développeur informatique à Paris. Ambitieux, parfois inégal, le livre impressionne par sa capacité à faire entendre des voix rarement présentes en littérature.

### « Nuits blanches à Belleville », d’Ambre Tissier

Plus léger en apparence, ce roman choral suit une nuit d’été dans un café de l’Est parisien, au fil des rencontres entre habitués, serveurs et passants. Un exercice de style réussi, drôle et mélancolique, qui confirme le talent d’une autrice jusqu’ici connue pour ses nouvelles publiées en revue.

## L’épreuve des prix littéraires

Pour ces débutants, l’automne sera aussi celui des premières sélections. Les grands prix publient leurs listes dès septembre, et figurer dans l’une d’elles peut changer radicalement le destin d’un livre : un bandeau rouge sur la couverture se traduit souvent par des dizaines de milliers d’exemplaires supplémentaires.

> « Le système des prix est cruel, mais il fonctionne. Sans lui, beaucoup de premiers romans passeraient totalement inaperçus. Le problème, c’est qu’il concentre l’attention sur une poignée de titres et laisse tous les autres dans l’ombre. »
> — Bertrand Lacaze, libraire à Bordeaux et membre d’un jury de lecteurs

Plusieurs initiatives tentent de corriger cette concentration. Des prix de libraires, des prix de lycéens ou des prix régionaux offrent une visibilité différente, souvent plus durable. Le [Centre national du livre](https://www.example.org/cnl-aides-auteurs) soutient par ailleurs les auteurs par des bourses d’écriture qui permettent à certains primo-romanciers de consacrer du temps à leur deuxième livre, souvent plus difficile encore à écrire que le premier.

## Et le lecteur dans tout ça ?

Reste une question de fond : qui lit ces romans ? Les études sur les pratiques culturelles montrent une érosion lente mais continue du temps consacré à la lecture de livres, en particulier chez les jeunes adultes, au profit des écrans. Les grands lecteurs, ceux qui achètent plus de vingt livres par an, sont de moins en moins nombreux et de plus en plus âgés.

Les éditeurs se veulent pourtant optimistes. « Les lecteurs sont là, assure la directrice littéraire citée plus haut. Ils sont simplement plus exigeants et plus dispersés. À nous de leur donner de bonnes raisons de pousser la porte d’une librairie. » Un premier roman réussi en est peut-être la meilleure.`,
  },
  {
    key: 'a-six-nations-velodrome-ecosse',
    title: 'Tournoi des Six Nations : au Vélodrome, le XV de France joue déjà sa saison face à l’Écosse',
    standfirst:
      'Battus à Dublin il y a deux semaines, les Bleus n’ont plus droit à l’erreur. À Marseille, le sélectionneur mise sur une charnière inédite et sur la ferveur d’un stade qui a souvent porté l’équipe de France.',
    section: 'sport',
    authors: ['julien-castagne'],
    tags: ['rugby', 'tournoi-des-six-nations', 'marseille'],
    status: 'scheduled',
    publishOffsetHours: 20,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/xv-de-france-velodrome-ecosse.jpg',
      alt: 'Des joueurs du XV de France à l’entraînement sur la pelouse du Stade Vélodrome',
      caption: 'Dernier entraînement du XV de France au Stade Vélodrome, à la veille du match contre l’Écosse.',
      credit: 'Photo : Romain Péchenard / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-marseille-batteries-levee'],
    external: [],
    body: `Il y a des matchs qui ne se jouent pas seulement sur le terrain. Samedi soir, au Stade Vélodrome de Marseille, le XV de France affronte l’Écosse pour la troisième journée du **Tournoi des Six Nations**, et tout le monde, dans le camp tricolore, a conscience de l’enjeu. Après la lourde défaite concédée à Dublin (13-31), une deuxième contre-performance enterrerait définitivement les espoirs de titre et ouvrirait une crise dont le staff se passerait volontiers à dix-huit mois de la prochaine Coupe du monde.

## Dublin, un revers qui a laissé des traces

Personne n’a oublié la soirée irlandaise. Dominés dans le combat, incapables de conserver le ballon plus de trois temps de jeu, les Bleus avaient concédé quatre essais et encaissé leur plus large défaite dans le Tournoi depuis plusieurs saisons. Dans les jours qui ont suivi, les critiques ont plu sur la conquête, jugée friable, et sur une stratégie d’occupation du terrain trop prévisible.

Le sélectionneur, Bernard Lasserre, n’a pas cherché d’excuses. « Nous avons été battus dans tous les secteurs. Il n’y a rien à ajouter, sinon que nous devons réagir », a-t-il déclaré lors de l’annonce de sa liste, mardi à Marcoussis. Une sobriété qui tranche avec ses habitudes, et qui dit la gravité du moment.

## Une charnière inédite

La principale surprise de la composition tient en deux noms. Pour la première fois, la charnière sera composée de **Mathis Dufau** à la mêlée et de **Lucas Ithurralde** à l’ouverture, deux joueurs de 23 ans qui ont éclaté cette saison en championnat mais n’ont jamais débuté ensemble un match international.

Le choix est audacieux. Dufau, formé à Pau, est réputé pour la vitesse de ses sorties de balle ; Ithurralde, passé par l’Aviron bayonnais, pour son jeu au pied millimétré et son sang-froid. « Ils se connaissent depuis les sélections de jeunes, ils parlent le même rugby, explique un membre du staff. On veut retrouver de la vitesse et du mouvement. Ils nous apportent exactement ça. »

> « On ne va pas se mentir, c’est un pari. Mais ces deux-là ont quelque chose que l’on ne peut pas enseigner : l’insouciance. Et contre l’Écosse, il faudra oser. »
> — Bernard Lasserre, sélectionneur du XV de France

Le reste du quinze de départ évolue peu. Le capitaine, le troisième-ligne Romain Etcheverry, retrouve sa place après une blessure à la cheville, et le pack est renforcé par le retour d’un pilier droit expérimenté, absent à Dublin.

## L’Écosse, un adversaire qui ne fait plus peur… en théorie

Longtemps considérée comme un adversaire à la portée des Bleus, l’Écosse a profondément changé au cours de la dernière décennie. Portée par une génération de trois-quarts particulièrement inspirés, elle pratique l’un des jeux les plus spectaculaires de l’hémisphère Nord et a plusieurs fois fait trembler les Français, y compris à domicile.

### Les clés du match

Pour s’imposer, le XV de France devra, selon les spécialistes que nous avons interrogés :

1. **Retrouver une conquête solide**, en touche comme en mêlée, pour priver les Écossais des ballons de contre-attaque qu’ils affectionnent.
2. **Gagner la bataille des rucks**, où l’Irlande avait fait la différence en ralentissant systématiquement les sorties de balle françaises.
3. **Limiter les fautes**, alors que les Bleus en ont concédé quatorze à Dublin, un chiffre rédhibitoire à ce niveau.
4. **Profiter du soutien du public**, dans une enceinte où l’équipe de France a souvent brillé.

## Marseille, terre de rugby d’un soir

Ce n’est pas la première fois que le XV de France pose ses valises au Vélodrome, et les joueurs le savent : l’ambiance y est souvent électrique. Plus de 65 000 billets ont été vendus en quelques heures, et la ville s’est parée de bleu cette semaine, des terrasses du Vieux-Port aux clubs amateurs des quartiers sud, qui ont organisé des écrans géants et des animations pour les plus jeunes.

« Marseille, c’est une ville de football, mais quand le XV de France vient, les gens répondent présent, s’enthousiasme le président d’un club de rugby du 9e arrondissement. Pour nos gamins, voir les Bleus ici, c’est un rêve. » La préfecture a annoncé un dispositif de sécurité renforcé autour du stade et conseillé aux supporters de privilégier les transports en commun.

Coup d’envoi samedi à 21 heures. Une victoire relancerait les Bleus avant la réception du pays de Galles ; une défaite les condamnerait à jouer les seconds rôles jusqu’à la fin du Tournoi. Entre les deux, il y a tout le poids d’une saison, et *l’insouciance* de deux jeunes gens de 23 ans.`,
  },
  {
    key: 'a-lyon-geothermie-reseau-chaleur',
    title: 'Sous Lyon, la géothermie profonde pour chauffer 40 000 logements sans gaz',
    standfirst:
      'La métropole lance des forages à plus de 2 000 mètres de profondeur pour alimenter son réseau de chaleur. Un chantier de dix ans, coûteux et incertain, qui pourrait devenir un modèle pour les grandes villes françaises.',
    section: 'sciences/climat',
    authors: ['malik-ouedraogo', 'yanis-benhamou'],
    tags: ['energie', 'climat', 'lyon'],
    status: 'draft',
    publishOffsetHours: 0,
    heroImage: {
      url: 'https://cdn.lekiosque.example/images/2026/lyon-forage-geothermie.jpg',
      alt: 'Une tour de forage se dresse sur un chantier en périphérie de Lyon',
      caption: 'La tour de forage installée dans le sud de la métropole lyonnaise doit atteindre la nappe d’eau chaude à plus de 2 000 mètres.',
      credit: 'Photo : Hugo Delmas / Le Kiosque',
      width: 1600,
      height: 900,
    },
    related: ['a-canicule-villes-adaptation', 'a-marseille-batteries-levee'],
    external: [
      {
        url: 'https://www.ademe.fr',
        title: 'ADEME – Agence de la transition écologique',
        description: 'L’agence publique qui accompagne et finance les projets de chaleur renouvelable, dont la géothermie et les réseaux de chaleur.',
      },
    ],
    body: `Elle culmine à près de quarante mètres et tourne jour et nuit. Depuis le début du mois, une tour de forage s’élève sur un terrain vague du sud de la métropole de Lyon, entre une zone d’activité et l’autoroute. Son objectif : atteindre, à plus de 2 000 mètres sous la surface, une nappe d’eau naturellement chauffée à environ 80 °C par la chaleur de la Terre. Si les forages confirment le potentiel espéré, cette eau pourrait chauffer, d’ici une dizaine d’années, l’équivalent de **40 000 logements**, en remplacement du gaz naturel.

## Le pari de la chaleur souterraine

Le principe de la géothermie profonde est simple sur le papier. On pompe l’eau chaude contenue dans une couche géologique poreuse, on en récupère la chaleur à la surface grâce à un échangeur, puis on la réinjecte dans le sous-sol par un second puits. La chaleur ainsi captée alimente un réseau de canalisations qui distribue de l’eau chaude vers les immeubles, les hôpitaux ou les équipements publics raccordés.

La région parisienne exploite ce type de ressource depuis les années 1970, grâce à la nappe du Dogger, une couche calcaire qui s’étend sous une grande partie de l’Île-de-France. Plusieurs dizaines d’installations y chauffent aujourd’hui des centaines de milliers de logements. À Lyon, en revanche, le sous-sol est beaucoup moins bien connu, et c’est tout l’enjeu des forages en cours.

> « Nous savons qu’il y a de la chaleur, la question est de savoir si l’eau circule suffisamment dans la roche pour qu’on puisse l’exploiter de manière rentable. Tant que nous n’avons pas foré, personne ne peut le garantir. »
> — Hélène Rivoire, géologue chargée du projet au sein de la métropole

## Un investissement lourd et risqué

Le projet est estimé à environ 180 millions d’euros sur dix ans, en comptant les forages, la centrale de surface et l’extension du réseau de chaleur. Une somme considérable, financée par la métropole, par des subventions publiques et par l’opérateur du réseau. Le principal risque est géologique : si les premiers puits se révèlent décevants, une partie de l’investissement sera perdue.

Pour limiter ce risque, l’État a mis en place un mécanisme de garantie qui couvre une partie des pertes en cas d’échec des forages. « Sans cette garantie, aucun acteur privé n’accepterait de s’engager, explique un spécialiste du financement des énergies renouvelables. La géothermie profonde est une énergie formidable une fois en service, mais le ticket d’entrée est très élevé. »

### Les étapes du chantier

Le calendrier prévisionnel se découpe en plusieurs phases :

1. **Forage exploratoire**, jusqu’à la fin de l’année, pour confirmer la température et le débit de la nappe.
2. **Second puits et tests de production**, l’an prochain, si les premiers résultats sont concluants.
3. **Construction de la centrale** et raccordement au réseau existant, sur trois ans.
4. **Extension progressive du réseau** vers de nouveaux quartiers, jusqu’au début de la décennie suivante.

## Sortir du gaz, un impératif climatique

Le chauffage des bâtiments représente une part importante des émissions de gaz à effet de serre en France, en grande partie à cause du gaz naturel et du fioul encore utilisés dans des millions de logements. Les réseaux de chaleur alimentés par des énergies renouvelables, qu’il s’agisse de géothermie, de biomasse ou de chaleur récupérée sur des sites industriels, figurent parmi les leviers identifiés par les pouvoirs publics pour réduire ces émissions.

Les avantages sont nombreux :

- une énergie locale, disponible en permanence, indépendante de la météo et des marchés internationaux ;
- des prix plus stables pour les usagers, une fois l’investissement amorti ;
- des émissions de CO2 très faibles en fonctionnement ;
- une emprise au sol limitée, sans nuisance visuelle durable après les travaux.

Les inconvénients ne sont pas négligeables pour autant : nuisances sonores pendant les forages, risque, faible mais réel, de microséismes, et nécessité de densifier le réseau pour rentabiliser les installations. Des réunions publiques ont été organisées avec les riverains, dont certains s’inquiètent du bruit et de la circulation des camions.

## Un modèle pour d’autres villes ?

Plusieurs métropoles suivent le projet lyonnais avec attention. Strasbourg, Bordeaux ou encore Toulouse ont lancé ou étudient des programmes comparables, avec des contextes géologiques très différents. L’[ADEME](https://www.example.org/ademe-geothermie) estime que la géothermie pourrait fournir une part bien plus importante de la chaleur consommée en France qu’aujourd’hui, à condition d’améliorer la connaissance du sous-sol et de sécuriser les investissements.

À Lyon, la réponse viendra d’abord des entrailles de la terre. Les premiers résultats du forage exploratoire sont attendus avant la fin de l’année. « C’est un moment un peu vertigineux, reconnaît Hélène Rivoire. Des années de préparation, et tout se joue sur quelques mesures de température et de débit. » Réponse à 2 000 mètres de profondeur.`,
  },
];
