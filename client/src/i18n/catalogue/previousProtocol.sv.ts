/**
 * The message catalogue's texts for starting a protocol from its body's previous one and for
 * carrying its attendance over (Swedish first, English mirroring it key for key).
 */
export const previousProtocolSv = {
  'previous.startLegend': 'Utgå från',
  'previous.fromTemplate': 'Mallen för protokoll',
  'previous.fromTemplateHint': 'Dagordningens stående punkter och tomma rubriker, utan namn.',
  'previous.fromPrevious': 'Utgå från föregående protokoll: {title}',
  'previous.fromPreviousHint':
    '{body}, mötet {date}. Organ, ordförande, justerare, närvarolistor och de stående punkterna följer med – inte mötets beslut, informationspunkter, text eller bilagor.',
  'previous.noDate': 'utan datum',
  'previous.loading': 'Letar efter föregående protokoll …',
  'previous.failed': 'Tidigare protokoll på den här enheten kunde inte läsas: {reason}',
  'previous.onlyThisDevice':
    'Bara protokoll som har öppnats på den här enheten kan väljas. Öppna ett protokoll en gång för att kunna utgå från det.',
  'previous.copyAttendance': 'Hämta närvaro från föregående protokoll',
  'previous.copyAttendanceFrom': 'Från {title}, mötet {date}.',
  'previous.copied_one': '{count} person lades till från föregående protokoll.',
  'previous.copied_other': '{count} personer lades till från föregående protokoll.',
  'previous.nothingToCopy': 'Alla från föregående protokoll finns redan i listan.',
  'previous.absent': 'Frånvarande',
  'previous.standsInFor': 'Tf för',
  'previous.addStandIn': 'Lägg till ersättare för {name}',
  'previous.addStandInShort': 'Ersättare',
  'previous.absentCount_one': '{count} frånvarande',
  'previous.absentCount_other': '{count} frånvarande',
} as const
