module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-errors',
  rootDir: __dirname,
};
