module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-event-catalogue',
  rootDir: __dirname,
};
