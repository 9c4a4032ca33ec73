/**
 * Where a rendered letter is filed for the creditor to download, and the name the download carries.
 * The key uses ids only (object-store keys allow `A-Z a-z 0-9 / . _ -`); the file name is for people.
 */
export function letterObjectKey(caseId: string, notificationId: string): string {
  return `letters/${caseId}/${notificationId}.pdf`;
}

/** `letter-<template key>-<YYYY-MM-DD>.pdf`; anything but letters, digits, `.`, `_` and `-` in the key becomes `-`. */
export function letterFileName(templateKey: string, sentOn: string): string {
  const kind = templateKey.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'letter';
  return `letter-${kind}-${sentOn}.pdf`;
}
