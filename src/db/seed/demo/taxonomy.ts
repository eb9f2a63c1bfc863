// The demo newsroom of "Le Kiosque", an invented French news site. Every name,
// person and organisation below is fictional unless it is a public place.

export interface DemoSection {
  path: string;
  name: string;
  description: string;
}

export interface DemoAuthor {
  slug: string;
  name: string;
  bio: string;
}

export interface DemoTag {
  slug: string;
  name: string;
  type: 'topic' | 'person' | 'organisation' | 'place' | 'event';
}

export const demoSections: DemoSection[] = [
  { path: 'actualites', name: 'Actualités', description: "L'essentiel de l'actualité, en France et dans le monde." },
  { path: 'actualites/ia', name: 'Intelligence artificielle', description: 'Modèles, laboratoires, régulation : la course à l’IA décryptée.' },
  { path: 'actualites/politique', name: 'Politique', description: 'Gouvernement, Parlement, collectivités.' },
  { path: 'actualites/international', name: 'International', description: 'Europe, diplomatie et grands équilibres mondiaux.' },
  { path: 'economie', name: 'Économie', description: 'Entreprises, marchés, travail et consommation.' },
  { path: 'economie/entreprises', name: 'Entreprises', description: 'Stratégies, rachats et vie des sociétés.' },
  { path: 'economie/emploi', name: 'Emploi', description: 'Recrutement, salaires et transformations du travail.' },
  { path: 'culture', name: 'Culture', description: 'Cinéma, livres, musique et spectacles.' },
  { path: 'culture/cinema', name: 'Cinéma', description: 'Sorties, festivals et industrie du film.' },
  { path: 'culture/livres', name: 'Livres', description: 'Romans, essais et vie de l’édition.' },
  { path: 'sciences', name: 'Sciences', description: 'Recherche, santé et environnement.' },
  { path: 'sciences/climat', name: 'Climat', description: 'Réchauffement, adaptation et transition énergétique.' },
  { path: 'sport', name: 'Sport', description: 'Football, rugby, cyclisme et tous les terrains.' },
];

export const demoAuthors: DemoAuthor[] = [
  { slug: 'claire-marchetti', name: 'Claire Marchetti', bio: 'Journaliste au service Tech, elle suit les laboratoires d’intelligence artificielle et la régulation numérique.' },
  { slug: 'yanis-benhamou', name: 'Yanis Benhamou', bio: 'Reporter économie, spécialiste des start-up et du capital-risque.' },
  { slug: 'helene-fabre', name: 'Hélène Fabre', bio: 'Chef du service Politique, ancienne correspondante à l’Assemblée nationale.' },
  { slug: 'thomas-leclerc', name: 'Thomas Leclerc', bio: 'Correspondant à Bruxelles, il couvre les institutions européennes.' },
  { slug: 'amandine-roux', name: 'Amandine Roux', bio: 'Critique de cinéma et de littérature, elle anime la rubrique Culture.' },
  { slug: 'malik-ouedraogo', name: 'Malik Ouédraogo', bio: 'Journaliste scientifique, il écrit sur le climat, l’énergie et la santé.' },
  { slug: 'sophie-nguyen', name: 'Sophie Nguyen', bio: 'Journaliste emploi et travail, elle enquête sur les métiers en mutation.' },
  { slug: 'julien-castagne', name: 'Julien Castagne', bio: 'Reporter sport, du rugby du Sud-Ouest aux grandes compétitions internationales.' },
];

export const demoTags: DemoTag[] = [
  { slug: 'intelligence-artificielle', name: 'Intelligence artificielle', type: 'topic' },
  { slug: 'recrutement', name: 'Recrutement', type: 'topic' },
  { slug: 'regulation', name: 'Régulation', type: 'topic' },
  { slug: 'climat', name: 'Climat', type: 'topic' },
  { slug: 'energie', name: 'Énergie', type: 'topic' },
  { slug: 'elections', name: 'Élections', type: 'topic' },
  { slug: 'startups', name: 'Start-up', type: 'topic' },
  { slug: 'cinema', name: 'Cinéma', type: 'topic' },
  { slug: 'rugby', name: 'Rugby', type: 'topic' },
  { slug: 'edition', name: 'Édition', type: 'topic' },
  { slug: 'lea-morvan', name: 'Léa Morvan', type: 'person' },
  { slug: 'antoine-delorme', name: 'Antoine Delorme', type: 'person' },
  { slug: 'nadia-kessler', name: 'Nadia Kessler', type: 'person' },
  { slug: 'meridia-labs', name: 'Meridia Labs', type: 'organisation' },
  { slug: 'commission-europeenne', name: 'Commission européenne', type: 'organisation' },
  { slug: 'assemblee-nationale', name: 'Assemblée nationale', type: 'organisation' },
  { slug: 'paris', name: 'Paris', type: 'place' },
  { slug: 'lyon', name: 'Lyon', type: 'place' },
  { slug: 'bruxelles', name: 'Bruxelles', type: 'place' },
  { slug: 'marseille', name: 'Marseille', type: 'place' },
  { slug: 'festival-de-cannes', name: 'Festival de Cannes', type: 'event' },
  { slug: 'cop31', name: 'COP31', type: 'event' },
  { slug: 'tournoi-des-six-nations', name: 'Tournoi des Six Nations', type: 'event' },
];
