// Passkeys (WebAuthn) against Spring Security's endpoints; loaded only by the pages that use it.
// Adding: an element [data-passkey-register] with a label input [data-passkey-label].
// Signing in: a button [data-passkey-sign-in]. Failures show the element [data-passkey-error].
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function contextPath() {
    return (meta('context-path') || '/').replace(/\/$/, '');
  }

  function post(url, body) {
    var headers = { 'Content-Type': 'application/json' };
    var header = meta('_csrf_header');
    var token = meta('_csrf');
    if (header && token) {
      headers[header] = token;
    }
    return fetch(contextPath() + url, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function showError(scope) {
    var error = (scope || document).querySelector('[data-passkey-error]') || document.querySelector('[data-passkey-error]');
    if (error) {
      error.hidden = false;
    }
  }

  // Only a path of this site: a redirect URL never leads elsewhere.
  function samePath(url) {
    try {
      var target = new URL(url, window.location.href);
      return target.origin === window.location.origin ? target.pathname + target.search : contextPath() + '/';
    } catch (e) {
      return contextPath() + '/';
    }
  }

  function register(label) {
    return post('/webauthn/register/options').then(function (options) {
      options.user.id = decode(options.user.id);
      options.challenge = decode(options.challenge);
      options.excludeCredentials = (options.excludeCredentials || []).map(function (credential) {
        credential.id = decode(credential.id);
        return credential;
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post('/webauthn/register', {
        publicKey: {
          credential: {
            id: credential.id,
            rawId: encode(credential.rawId),
            response: {
              attestationObject: encode(response.attestationObject),
              clientDataJSON: encode(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          },
          label: label
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('not registered');
      }
    });
  }

  function signIn() {
    return post('/webauthn/authenticate/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (credential) {
        credential.id = decode(credential.id);
        return credential;
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post('/login/webauthn', {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated) {
        throw new Error('not signed in');
      }
      return result.redirectUrl;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var supported = !!window.PublicKeyCredential;
    document.querySelectorAll('[data-passkey-register]').forEach(function (form) {
      form.hidden = !supported;
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var label = form.querySelector('[data-passkey-label]').value.trim();
        if (!label) {
          return;
        }
        register(label).then(function () {
          window.location.href = contextPath() + '/account/security?passkeyAdded';
        }).catch(function () {
          showError(form);
        });
      });
    });
    document.querySelectorAll('[data-passkey-sign-in]').forEach(function (button) {
      button.hidden = !supported;
      button.addEventListener('click', function () {
        signIn().then(function (redirectUrl) {
          window.location.href = samePath(redirectUrl);
        }).catch(function () {
          showError();
        });
      });
    });
  });
})();
