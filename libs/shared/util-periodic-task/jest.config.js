module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-periodic-task',
  rootDir: __dirname,
};
