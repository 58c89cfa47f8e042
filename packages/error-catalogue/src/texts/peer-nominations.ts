/**
 * Peer nominations: a leader nominates their own peers for a draft round in the console, and their
 * superior (or an admin) approves or rejects each. Why the pair itself is refused uses the peers
 * file's codes (texts/peers.ts); these say who may do what.
 */
export const peerNominationTexts = {
  'peerNominations.notALeader': {
    en: 'only a leader linked to their place in the hierarchy can nominate peers, and only their own',
    da: 'Kun en leder, der er knyttet til sin plads i hierarkiet, kan indstille sideordnede ledere, og kun sine egne.',
  },
  'peerNominations.notInRound': {
    en: 'you are not one of the leaders this round asks about, so you cannot nominate peers for it',
    da: 'Du er ikke en af de ledere, målingen spørger om, så du kan ikke indstille sideordnede ledere til den.',
  },
  'peerNominations.alreadyNominated': {
    en: '{peer} is already nominated for this round',
    da: '{peer} er allerede indstillet til denne måling.',
  },
  'peerNominations.tooMany': {
    en: 'you can nominate at most {max} peers for a round (pending and approved together); withdraw one first',
    da: 'Du kan højst indstille {max} sideordnede ledere til en måling (afventende og godkendte tilsammen). Træk en tilbage først.',
  },
  'peerNominations.notFound': {
    en: 'there is no such nomination (it may have been withdrawn)',
    da: 'Indstillingen findes ikke (den er måske trukket tilbage).',
  },
  'peerNominations.notYours': {
    en: 'only the leader who nominated a peer can withdraw the nomination',
    da: 'Kun den leder, der har indstillet en sideordnet leder, kan trække indstillingen tilbage.',
  },
  'peerNominations.notTheirSuperior': {
    en: 'only the superior of {subject} (or an administrator) can approve or reject their nominations',
    da: 'Kun den overordnede leder for {subject} (eller en administrator) kan godkende eller afvise vedkommendes indstillinger.',
  },
  'peerNominations.alreadyDecided': {
    en: 'the nomination is already {status}',
    da: 'Indstillingen er allerede {status}.',
  },
  'peerNominations.roundAsksNoPeers': {
    en: 'this round asks no peers (none of its themes has statements for peers), so it takes no nominations',
    da: 'Denne måling spørger ikke sideordnede ledere (ingen af dens temaer har udsagn til dem), så den tager ikke imod indstillinger.',
  },
  'peerNominations.notACandidate': {
    en: 'that person cannot be nominated: a peer must be a leader in the hierarchy; search for them by name',
    da: 'Den person kan ikke indstilles: En sideordnet leder skal være leder i hierarkiet. Søg efter vedkommende på navn.',
  },
} as const;
