module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-seed-tokens',
  rootDir: __dirname,
};
