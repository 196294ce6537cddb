module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-logging',
  rootDir: __dirname,
};
