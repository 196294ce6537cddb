module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-seed-fixtures',
  rootDir: __dirname,
};
