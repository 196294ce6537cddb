module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-data-access-testing',
  rootDir: __dirname,
};
