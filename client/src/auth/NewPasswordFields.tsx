import { FormField } from '../components/FormField'
import { t } from '../i18n/t'
import { MIN_PASSWORD_LENGTH } from './describeAuthError'

interface NewPasswordFieldsProps {
  password: string
  repeated: string
  errors: { password?: string; repeated?: string }
  onPasswordChange: (value: string) => void
  onRepeatedChange: (value: string) => void
}

/** A new password and its repetition, as first start and an invitation ask for them. */
export function NewPasswordFields({
  password,
  repeated,
  errors,
  onPasswordChange,
  onRepeatedChange,
}: NewPasswordFieldsProps) {
  return (
    <>
      <FormField
        label={t('auth.newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        value={password}
        error={errors.password ?? null}
        onChange={onPasswordChange}
      />
      <FormField
        label={t('auth.repeatPassword')}
        type="password"
        autoComplete="new-password"
        value={repeated}
        error={errors.repeated ?? null}
        onChange={onRepeatedChange}
      />
    </>
  )
}
