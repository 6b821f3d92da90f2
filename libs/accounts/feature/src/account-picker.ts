// A second entry point: the shell imports the main one eagerly, and the picker belongs only in the lazy pages that use it.
export * from './lib/account-picker/account-picker';
export * from './lib/account-picker/account-picker-texts';
