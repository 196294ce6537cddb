module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-process',
  rootDir: __dirname,
};
