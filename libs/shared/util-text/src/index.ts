export { IsVisibleName } from './is-visible-name';
export { forbiddenControlCharacter, hasVisibleText, visibleText } from './visible-text';
