/**
 * The kubelet's image name check before any pull (images/image_manager.go EnsureImageExists →
 * util.go applyDefaultImageTag → github.com/distribution/reference ParseNormalizedNamed). The
 * apiserver only rejects an empty image or surrounding whitespace, so `Nginx:Latest` or `nginx:`
 * reach the node and fail there with InvalidImageName.
 */

const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
/** reference.ReferenceRegexp (anchored): name, optional tag, optional digest. */
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const HEX64 = /^[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

/** splitDockerDomain: the implicit docker.io domain and `library/` for official images. */
function splitDockerDomain(name: string): [string, string] {
  const i = name.indexOf('/');
  let domain: string;
  let remainder: string;
  const first = i < 0 ? '' : name.slice(0, i);
  if (i < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = 'docker.io';
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(i + 1);
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return [domain, remainder];
}

/** ParseNormalizedNamed's error text for `image`, or undefined when the name is valid. */
export function imageNameError(image: string): string | undefined {
  // Far beyond any valid reference (255-char name + tag + digest); also keeps the regexes linear in practice.
  if (image.length > 1024) return `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`;
  if (HEX64.test(image)) return `invalid repository name (${image}), cannot specify 64-byte hexadecimal strings`;
  const [domain, remainder] = splitDockerDomain(image);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) return `invalid reference format: repository name (${remote}) must be lowercase`;
  const m = REFERENCE.exec(`${domain}/${remainder}`);
  if (!m) return image === '' ? 'repository name must have at least one component' : 'invalid reference format';
  if ((m[1] ?? '').length > NAME_TOTAL_LENGTH_MAX) return `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`;
  return undefined;
}

/** The waiting message of InvalidImageName (EnsureImageExists), or undefined for a valid name. */
export function invalidImageMessage(image: string): string | undefined {
  const err = imageNameError(image);
  return err === undefined ? undefined : `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${err}`;
}
