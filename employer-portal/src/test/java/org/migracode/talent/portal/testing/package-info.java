/** Portal test support: real tokens from the embedded provider's key. */
package org.migracode.talent.portal.testing;
