module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-clock',
  rootDir: __dirname,
};
