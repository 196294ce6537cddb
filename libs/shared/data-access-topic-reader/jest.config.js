module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-data-access-topic-reader',
  rootDir: __dirname,
};
