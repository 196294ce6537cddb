import { type ValidationOptions, ValidateBy } from 'class-validator';
import { forbiddenControlCharacter, hasVisibleText } from './visible-text';

/**
 * For names and titles (enterprise, team, person, project, appeal title…): refused when nothing is
 * left after removing invisible characters, or when it carries a control character (a name is one
 * line). Put it beside the field's length rule; `undefined` and `null` are left to `@IsOptional`.
 */
export function IsVisibleName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isVisibleName',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          hasVisibleText(value) &&
          forbiddenControlCharacter(value, false) === undefined,
        defaultMessage: (args) => {
          const property = args?.property ?? 'value';
          const value: unknown = args?.value;
          const control =
            typeof value === 'string' ? forbiddenControlCharacter(value, false) : undefined;
          return control
            ? `${property} must be one line of text, without control characters (found ${control})`
            : `${property} must contain visible characters, not only spaces or invisible ones`;
        },
      },
    },
    options,
  );
}
