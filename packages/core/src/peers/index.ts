export { peerPairBreaches, peerRuleContext, personLabel, type PeerPair, type PeerRuleContext, type PeerRulePerson } from './peer-rules.ts';
export { validatePeersFile, type PeerLine } from './peers-file.ts';
export { clearPeers, importPeers, listPeers, type PeersTarget, type PeersImportSummary, type PeerListEntry, type NamedPeer } from './peers-store.ts';
export { asksPeers, choosePeers, settleRoundPeers } from './launch-peers.ts';
export { decideNomination, MAX_NOMINATIONS, nominatePeer, withdrawNomination, type NominationCaller, type NominationStatus } from './nominations.ts';
export { listNominations, nominationCandidates, type DecidedNomination, type NominationOverview, type NominationRound, type OwnNomination, type WaitingNomination } from './nominations-list.ts';
export { type ListedPeer, type NominationPerson, type PeerSource } from './own-peers.ts';
