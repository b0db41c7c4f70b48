import type { activitiesSv } from './activities.sv'

/** English for `activities.sv.ts`, key for key. */
export const activitiesEn: Record<keyof typeof activitiesSv, string> = {
  'activity.details': 'More details',
  'activity.hasDecision': 'Linked decision',
  'activity.undescribed': 'Activity without description',
  'responsibility.partyColumn': 'Party',
  'responsibility.dutiesColumn': 'Responsibilities',
  'responsibility.addParty': 'Add party',
  'responsibility.removeParty': 'Remove the party {party}',
  'responsibility.unnamedParty': 'without name',
  'activities.title': 'Activities',
  'activities.intro': 'Every activity in every action plan. Changing a status here changes it in the action plan.',
  'activities.filtersLabel': 'Filter activities',
  'activities.filterText': 'Free text',
  'activities.filterGroup': 'Group',
  'activities.filterPeriod': 'Plan period (year)',
  'activities.filterStatus': 'Status',
  'activities.filterResponsible': 'Responsible',
  'activities.resultsHeading': 'Activities in the action plans',
  'activities.count_one': 'Showing {shown} of {count} activity.',
  'activities.count_other': 'Showing {shown} of {count} activities.',
  'activities.empty': 'There are no activities yet.',
  'activities.noMatch': 'No activities match the filters.',
  'activities.columnActivity': 'Activity',
  'activities.columnResponsible': 'Responsible',
  'activities.columnTime': 'Time frame',
  'activities.columnDecision': 'Linked decision',
  'activities.columnStatus': 'Status',
  'activities.statusOf': 'Status of {activity}',
  'activities.saving': 'Saving…',
  'activities.statusSaved': '“{activity}” now has the status {status}.',
  'activities.statusSavedOnDevice':
    '“{activity}” now has the status {status}. The change is saved on this device and syncs when you are connected.',
  'activities.statusFailed': 'The status of “{activity}” could not be changed: {reason}.',
  'activities.statusNotOnDevice':
    'The status of “{activity}” could not be changed: the action plan is not on this device. Connect to the network and try again.',
  'activities.statusGone':
    'The status of “{activity}” could not be changed: the activity is no longer in the action plan.',
  'activities.statusTooNew':
    'The status of “{activity}” could not be changed: the action plan was created with a newer version of Samskriv. Update the app.',
  'activities.statusLocked': 'The status of “{activity}” could not be changed: the action plan is approved and locked.',
}
