export { runUntilSignalled } from './run-until-signalled';
