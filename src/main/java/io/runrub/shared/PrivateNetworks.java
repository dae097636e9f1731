package io.runrub.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The networks RunRub never calls out to on a person's say-so (training feeds, webhooks): this machine, private and
 * shared networks, link-local and multicast, and the IPv6 forms that embed or translate to them (unique-local, NAT64,
 * IPv4-compatible, 6to4). Otherwise an address typed into a form could probe the clinic's own network.
 */
public final class PrivateNetworks {

	private PrivateNetworks() {
	}

	public static boolean contain(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 || first == 100 && (second & 0xc0) == 64 || first == 192 && second == 0
					|| first == 198 && (second == 18 || second == 19) || first >= 240;
		}
		if ((bytes[0] & 0xfe) == 0xfc) {
			return true; // unique-local fc00::/7
		}
		if ((bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
				&& (bytes[3] & 0xff) == 0x9b) {
			return true; // NAT64 64:ff9b::/96 reaches IPv4 addresses through a translator
		}
		boolean leadingZeros = true;
		for (int i = 0; i < 12; i++) {
			leadingZeros &= bytes[i] == 0;
		}
		if (leadingZeros) {
			return contain(embedded(bytes, 12)); // IPv4-compatible ::a.b.c.d
		}
		if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
			return contain(embedded(bytes, 2)); // 6to4 2002:a.b.c.d::/48
		}
		return false;
	}

	private static InetAddress embedded(byte[] bytes, int offset) {
		try {
			return InetAddress.getByAddress(Arrays.copyOfRange(bytes, offset, offset + 4));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
