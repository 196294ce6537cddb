module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-data-access-pagination',
  rootDir: __dirname,
};
