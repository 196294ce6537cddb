module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-uuid',
  rootDir: __dirname,
};
