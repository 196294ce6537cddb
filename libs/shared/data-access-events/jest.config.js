module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-data-access-events',
  rootDir: __dirname,
};
