// Shared by the customer-sentiment and complaint tasks: a message reads as heated when the
// customer-emotion reading finds anger or frustration in it.

export function isHeated(api, text) {
  return api.detectEmotions(text).some((e) => e.emotion === 'anger' || e.emotion === 'frustration');
}
