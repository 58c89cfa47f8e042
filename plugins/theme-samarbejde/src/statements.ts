// Five statements on collaboration and trust between leaders. The leader answers in I-form; the
// superior and the peers about the leader in third person, the peers from their own side of it.

const both = (da: string, en: string) => ({ da, en });

/** The statements, in the order the survey asks them. */
export const items = [
  {
    id: 'deler-viden',
    label: both('Deler viden', 'Shares knowledge'),
    text: {
      self: both('Jeg deler viden og erfaringer med de ledere, jeg arbejder sammen med.', 'I share knowledge and experience with the leaders I work with.'),
      superior: both('Lederen deler viden og erfaringer med de ledere, hun eller han arbejder sammen med.', 'The leader shares knowledge and experience with the leaders they work with.'),
      peer: both('Lederen deler viden og erfaringer med mig.', 'The leader shares knowledge and experience with me.'),
    },
  },
  {
    id: 'holder-aftaler',
    label: both('Holder aftaler', 'Keeps agreements'),
    text: {
      self: both('Jeg holder de aftaler, jeg indgår med andre ledere.', 'I keep the agreements I make with other leaders.'),
      superior: both('Lederen holder de aftaler, hun eller han indgår med andre ledere.', 'The leader keeps the agreements they make with other leaders.'),
      peer: both('Jeg kan regne med, at lederen holder de aftaler, vi indgår.', 'I can count on the leader to keep the agreements we make.'),
    },
  },
  {
    id: 'helheden',
    label: both('Ser helheden', 'Sees the whole'),
    text: {
      self: both('Jeg tager hensyn til hele organisationen, også når det ikke er til fordel for min egen enhed.', 'I consider the whole organisation, also when it does not favour my own unit.'),
      superior: both('Lederen tager hensyn til hele organisationen, også når det ikke er til fordel for egen enhed.', 'The leader considers the whole organisation, also when it does not favour their own unit.'),
      peer: both('Lederen tager hensyn til hele organisationen, også når det ikke er til fordel for egen enhed.', 'The leader considers the whole organisation, also when it does not favour their own unit.'),
    },
  },
  {
    id: 'uenighed',
    label: both('Åben om uenighed', 'Open about disagreement'),
    text: {
      self: both('Jeg tager uenigheder med andre ledere op direkte og i god tid.', 'I raise disagreements with other leaders directly and in good time.'),
      superior: both('Lederen tager uenigheder med andre ledere op direkte og i god tid.', 'The leader raises disagreements with other leaders directly and in good time.'),
      peer: both('Når lederen og jeg er uenige, tager lederen det op direkte med mig.', 'When the leader and I disagree, the leader takes it up directly with me.'),
    },
  },
  {
    id: 'tillid',
    label: both('Tillid', 'Trust'),
    text: {
      self: both('De ledere, jeg arbejder sammen med, kan stole på mig.', 'The leaders I work with can trust me.'),
      superior: both('De ledere, lederen arbejder sammen med, kan stole på hende eller ham.', 'The leaders the leader works with can trust them.'),
      peer: both('Jeg har tillid til lederen.', 'I trust the leader.'),
    },
  },
];
