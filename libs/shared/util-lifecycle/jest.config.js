module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-lifecycle',
  rootDir: __dirname,
};
