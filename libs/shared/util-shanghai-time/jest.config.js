module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-shanghai-time',
  rootDir: __dirname,
};
