/** The namespaced engines `scripts/sandbox.sh remotes` starts, as its `env` describes them. */
export function remoteEngines() {
  const need = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: start the remote engines (scripts/sandbox.sh remotes) and eval its env`);
    return value;
  };
  const certs = need('BERTH_REMOTE_TLS_CERTS');
  return {
    tls: {
      address: need('BERTH_REMOTE_TLS').replace('tcp://', ''), socket: need('BERTH_REMOTE_TLS_SOCK'),
      ca: `${certs}/ca.pem`, cert: `${certs}/cert.pem`, key: `${certs}/key.pem`, otherCa: need('BERTH_REMOTE_TLS_OTHER_CA'),
    },
    ssh: {
      address: need('BERTH_REMOTE_SSH').replace('ssh://', ''), socket: need('BERTH_REMOTE_SSH_SOCK'),
      key: need('BERTH_REMOTE_SSH_KEY'), wrongKey: need('BERTH_REMOTE_SSH_WRONG_KEY'), hostKey: need('BERTH_REMOTE_SSH_HOST_KEY'),
      bin: need('BERTH_REMOTE_SSH_BIN'),
    },
  };
}
