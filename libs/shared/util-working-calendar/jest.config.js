module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-working-calendar',
  rootDir: __dirname,
};
