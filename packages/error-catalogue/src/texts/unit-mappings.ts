/** Development over time: why an admin's mapping of earlier units to this round's units was refused. */
export const unitMappingTexts = {
  'unitMappings.roundNotLaunched': {
    en: 'round "{round}" has no frozen hierarchy yet, so its units cannot be mapped; launch it first',
    da: 'Målingen "{round}" har endnu ikke et fastfrosset hierarki, så dens enheder kan ikke tilknyttes. Sæt den i gang først.',
  },
  'unitMappings.notEarlier': {
    en: 'round "{earlier}" is not a closed round before "{round}", so its units cannot be mapped to this round\'s',
    da: 'Målingen "{earlier}" er ikke en afsluttet måling før "{round}", så dens enheder kan ikke tilknyttes denne målings.',
  },
  'unitMappings.notAUnit': {
    en: '"{leaderId}" leads no unit in round "{round}"',
    da: '"{leaderId}" er ikke leder for en enhed i målingen "{round}".',
  },
  'unitMappings.tooMany': {
    en: 'at most {limit} mappings can be saved at once',
    da: 'Der kan højst gemmes {limit} tilknytninger ad gangen.',
  },
} as const;
