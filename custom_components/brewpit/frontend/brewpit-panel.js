var hu=Object.defineProperty;var mu=Object.getOwnPropertyDescriptor;var x=(t,n,e,s)=>{for(var i=s>1?void 0:s?mu(n,e):n,r=t.length-1,o;r>=0;r--)(o=t[r])&&(i=(s?o(n,e,i):o(i))||i);return s&&i&&hu(n,e,i),i};var hi=globalThis,mi=hi.ShadowRoot&&(hi.ShadyCSS===void 0||hi.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,fr=Symbol(),qo=new WeakMap,Dn=class{constructor(n,e,s){if(this._$cssResult$=!0,s!==fr)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=n,this.t=e}get styleSheet(){let n=this.o,e=this.t;if(mi&&n===void 0){let s=e!==void 0&&e.length===1;s&&(n=qo.get(e)),n===void 0&&((this.o=n=new CSSStyleSheet).replaceSync(this.cssText),s&&qo.set(e,n))}return n}toString(){return this.cssText}},pi=t=>new Dn(typeof t=="string"?t:t+"",void 0,fr),Le=(t,...n)=>{let e=t.length===1?t[0]:n.reduce((s,i,r)=>s+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+t[r+1],t[0]);return new Dn(e,t,fr)},Ko=(t,n)=>{if(mi)t.adoptedStyleSheets=n.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of n){let s=document.createElement("style"),i=hi.litNonce;i!==void 0&&s.setAttribute("nonce",i),s.textContent=e.cssText,t.appendChild(s)}},gr=mi?t=>t:t=>t instanceof CSSStyleSheet?(n=>{let e="";for(let s of n.cssRules)e+=s.cssText;return pi(e)})(t):t;var{is:pu,defineProperty:fu,getOwnPropertyDescriptor:gu,getOwnPropertyNames:bu,getOwnPropertySymbols:vu,getPrototypeOf:yu}=Object,fi=globalThis,Go=fi.trustedTypes,xu=Go?Go.emptyScript:"",_u=fi.reactiveElementPolyfillSupport,In=(t,n)=>t,On={toAttribute(t,n){switch(n){case Boolean:t=t?xu:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,n){let e=t;switch(n){case Boolean:e=t!==null;break;case Number:e=t===null?null:Number(t);break;case Object:case Array:try{e=JSON.parse(t)}catch{e=null}}return e}},gi=(t,n)=>!pu(t,n),Yo={attribute:!0,type:String,converter:On,reflect:!1,useDefault:!1,hasChanged:gi};Symbol.metadata??=Symbol("metadata"),fi.litPropertyMetadata??=new WeakMap;var os=class extends HTMLElement{static addInitializer(n){this._$Ei(),(this.l??=[]).push(n)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(n,e=Yo){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(n)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(n,e),!e.noAccessor){let s=Symbol(),i=this.getPropertyDescriptor(n,s,e);i!==void 0&&fu(this.prototype,n,i)}}static getPropertyDescriptor(n,e,s){let{get:i,set:r}=gu(this.prototype,n)??{get(){return this[e]},set(o){this[e]=o}};return{get:i,set(o){let a=i?.call(this);r?.call(this,o),this.requestUpdate(n,a,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(n){return this.elementProperties.get(n)??Yo}static _$Ei(){if(this.hasOwnProperty(In("elementProperties")))return;let n=yu(this);n.finalize(),n.l!==void 0&&(this.l=[...n.l]),this.elementProperties=new Map(n.elementProperties)}static finalize(){if(this.hasOwnProperty(In("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(In("properties"))){let e=this.properties,s=[...bu(e),...vu(e)];for(let i of s)this.createProperty(i,e[i])}let n=this[Symbol.metadata];if(n!==null){let e=litPropertyMetadata.get(n);if(e!==void 0)for(let[s,i]of e)this.elementProperties.set(s,i)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let i=this._$Eu(e,s);i!==void 0&&this._$Eh.set(i,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(n){let e=[];if(Array.isArray(n)){let s=new Set(n.flat(1/0).reverse());for(let i of s)e.unshift(gr(i))}else n!==void 0&&e.push(gr(n));return e}static _$Eu(n,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof n=="string"?n.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(n=>this.enableUpdating=n),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(n=>n(this))}addController(n){(this._$EO??=new Set).add(n),this.renderRoot!==void 0&&this.isConnected&&n.hostConnected?.()}removeController(n){this._$EO?.delete(n)}_$E_(){let n=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(n.set(s,this[s]),delete this[s]);n.size>0&&(this._$Ep=n)}createRenderRoot(){let n=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Ko(n,this.constructor.elementStyles),n}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(n=>n.hostConnected?.())}enableUpdating(n){}disconnectedCallback(){this._$EO?.forEach(n=>n.hostDisconnected?.())}attributeChangedCallback(n,e,s){this._$AK(n,s)}_$ET(n,e){let s=this.constructor.elementProperties.get(n),i=this.constructor._$Eu(n,s);if(i!==void 0&&s.reflect===!0){let r=(s.converter?.toAttribute!==void 0?s.converter:On).toAttribute(e,s.type);this._$Em=n,r==null?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(n,e){let s=this.constructor,i=s._$Eh.get(n);if(i!==void 0&&this._$Em!==i){let r=s.getPropertyOptions(i),o=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:On;this._$Em=i;let a=o.fromAttribute(e,r.type);this[i]=a??this._$Ej?.get(i)??a,this._$Em=null}}requestUpdate(n,e,s,i=!1,r){if(n!==void 0){let o=this.constructor;if(i===!1&&(r=this[n]),s??=o.getPropertyOptions(n),!((s.hasChanged??gi)(r,e)||s.useDefault&&s.reflect&&r===this._$Ej?.get(n)&&!this.hasAttribute(o._$Eu(n,s))))return;this.C(n,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(n,e,{useDefault:s,reflect:i,wrapped:r},o){s&&!(this._$Ej??=new Map).has(n)&&(this._$Ej.set(n,o??e??this[n]),r!==!0||o!==void 0)||(this._$AL.has(n)||(this.hasUpdated||s||(e=void 0),this._$AL.set(n,e)),i===!0&&this._$Em!==n&&(this._$Eq??=new Set).add(n))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let n=this.scheduleUpdate();return n!=null&&await n,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,r]of this._$Ep)this[i]=r;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[i,r]of s){let{wrapped:o}=r,a=this[i];o!==!0||this._$AL.has(i)||a===void 0||this.C(i,void 0,r,a)}}let n=!1,e=this._$AL;try{n=this.shouldUpdate(e),n?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw n=!1,this._$EM(),s}n&&this._$AE(e)}willUpdate(n){}_$AE(n){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(n)),this.updated(n)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(n){return!0}update(n){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(n){}firstUpdated(n){}};os.elementStyles=[],os.shadowRootOptions={mode:"open"},os[In("elementProperties")]=new Map,os[In("finalized")]=new Map,_u?.({ReactiveElement:os}),(fi.reactiveElementVersions??=[]).push("2.1.2");var $r=globalThis,Zo=t=>t,bi=$r.trustedTypes,Jo=bi?bi.createPolicy("lit-html",{createHTML:t=>t}):void 0,sl="$lit$",bs=`lit$${Math.random().toFixed(9).slice(2)}$`,nl="?"+bs,wu=`<${nl}>`,Ns=document,Fn=()=>Ns.createComment(""),Un=t=>t===null||typeof t!="object"&&typeof t!="function",Sr=Array.isArray,$u=t=>Sr(t)||typeof t?.[Symbol.iterator]=="function",br=`[ 	
\f\r]`,Hn=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Qo=/-->/g,Xo=/>/g,Ps=RegExp(`>|${br}(?:([^\\s"'>=/]+)(${br}*=${br}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Bo=/'/g,el=/"/g,il=/^(?:script|style|textarea|title)$/i,kr=t=>(n,...e)=>({_$litType$:t,strings:n,values:e}),$=kr(1),$m=kr(2),Sm=kr(3),Ds=Symbol.for("lit-noChange"),H=Symbol.for("lit-nothing"),tl=new WeakMap,Ls=Ns.createTreeWalker(Ns,129);function rl(t,n){if(!Sr(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return Jo!==void 0?Jo.createHTML(n):n}var Su=(t,n)=>{let e=t.length-1,s=[],i,r=n===2?"<svg>":n===3?"<math>":"",o=Hn;for(let a=0;a<e;a++){let c=t[a],d,f,p=-1,b=0;for(;b<c.length&&(o.lastIndex=b,f=o.exec(c),f!==null);)b=o.lastIndex,o===Hn?f[1]==="!--"?o=Qo:f[1]!==void 0?o=Xo:f[2]!==void 0?(il.test(f[2])&&(i=RegExp("</"+f[2],"g")),o=Ps):f[3]!==void 0&&(o=Ps):o===Ps?f[0]===">"?(o=i??Hn,p=-1):f[1]===void 0?p=-2:(p=o.lastIndex-f[2].length,d=f[1],o=f[3]===void 0?Ps:f[3]==='"'?el:Bo):o===el||o===Bo?o=Ps:o===Qo||o===Xo?o=Hn:(o=Ps,i=void 0);let y=o===Ps&&t[a+1].startsWith("/>")?" ":"";r+=o===Hn?c+wu:p>=0?(s.push(d),c.slice(0,p)+sl+c.slice(p)+bs+y):c+bs+(p===-2?a:y)}return[rl(t,r+(t[e]||"<?>")+(n===2?"</svg>":n===3?"</math>":"")),s]},Vn=class t{constructor({strings:n,_$litType$:e},s){let i;this.parts=[];let r=0,o=0,a=n.length-1,c=this.parts,[d,f]=Su(n,e);if(this.el=t.createElement(d,s),Ls.currentNode=this.el.content,e===2||e===3){let p=this.el.content.firstChild;p.replaceWith(...p.childNodes)}for(;(i=Ls.nextNode())!==null&&c.length<a;){if(i.nodeType===1){if(i.hasAttributes())for(let p of i.getAttributeNames())if(p.endsWith(sl)){let b=f[o++],y=i.getAttribute(p).split(bs),S=/([.?@])?(.*)/.exec(b);c.push({type:1,index:r,name:S[2],strings:y,ctor:S[1]==="."?yr:S[1]==="?"?xr:S[1]==="@"?_r:hn}),i.removeAttribute(p)}else p.startsWith(bs)&&(c.push({type:6,index:r}),i.removeAttribute(p));if(il.test(i.tagName)){let p=i.textContent.split(bs),b=p.length-1;if(b>0){i.textContent=bi?bi.emptyScript:"";for(let y=0;y<b;y++)i.append(p[y],Fn()),Ls.nextNode(),c.push({type:2,index:++r});i.append(p[b],Fn())}}}else if(i.nodeType===8)if(i.data===nl)c.push({type:2,index:r});else{let p=-1;for(;(p=i.data.indexOf(bs,p+1))!==-1;)c.push({type:7,index:r}),p+=bs.length-1}r++}}static createElement(n,e){let s=Ns.createElement("template");return s.innerHTML=n,s}};function dn(t,n,e=t,s){if(n===Ds)return n;let i=s!==void 0?e._$Co?.[s]:e._$Cl,r=Un(n)?void 0:n._$litDirective$;return i?.constructor!==r&&(i?._$AO?.(!1),r===void 0?i=void 0:(i=new r(t),i._$AT(t,e,s)),s!==void 0?(e._$Co??=[])[s]=i:e._$Cl=i),i!==void 0&&(n=dn(t,i._$AS(t,n.values),i,s)),n}var vr=class{constructor(n,e){this._$AV=[],this._$AN=void 0,this._$AD=n,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(n){let{el:{content:e},parts:s}=this._$AD,i=(n?.creationScope??Ns).importNode(e,!0);Ls.currentNode=i;let r=Ls.nextNode(),o=0,a=0,c=s[0];for(;c!==void 0;){if(o===c.index){let d;c.type===2?d=new jn(r,r.nextSibling,this,n):c.type===1?d=new c.ctor(r,c.name,c.strings,this,n):c.type===6&&(d=new wr(r,this,n)),this._$AV.push(d),c=s[++a]}o!==c?.index&&(r=Ls.nextNode(),o++)}return Ls.currentNode=Ns,i}p(n){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(n,s,e),e+=s.strings.length-2):s._$AI(n[e])),e++}},jn=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(n,e,s,i){this.type=2,this._$AH=H,this._$AN=void 0,this._$AA=n,this._$AB=e,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let n=this._$AA.parentNode,e=this._$AM;return e!==void 0&&n?.nodeType===11&&(n=e.parentNode),n}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(n,e=this){n=dn(this,n,e),Un(n)?n===H||n==null||n===""?(this._$AH!==H&&this._$AR(),this._$AH=H):n!==this._$AH&&n!==Ds&&this._(n):n._$litType$!==void 0?this.$(n):n.nodeType!==void 0?this.T(n):$u(n)?this.k(n):this._(n)}O(n){return this._$AA.parentNode.insertBefore(n,this._$AB)}T(n){this._$AH!==n&&(this._$AR(),this._$AH=this.O(n))}_(n){this._$AH!==H&&Un(this._$AH)?this._$AA.nextSibling.data=n:this.T(Ns.createTextNode(n)),this._$AH=n}$(n){let{values:e,_$litType$:s}=n,i=typeof s=="number"?this._$AC(n):(s.el===void 0&&(s.el=Vn.createElement(rl(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(e);else{let r=new vr(i,this),o=r.u(this.options);r.p(e),this.T(o),this._$AH=r}}_$AC(n){let e=tl.get(n.strings);return e===void 0&&tl.set(n.strings,e=new Vn(n)),e}k(n){Sr(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,i=0;for(let r of n)i===e.length?e.push(s=new t(this.O(Fn()),this.O(Fn()),this,this.options)):s=e[i],s._$AI(r),i++;i<e.length&&(this._$AR(s&&s._$AB.nextSibling,i),e.length=i)}_$AR(n=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);n!==this._$AB;){let s=Zo(n).nextSibling;Zo(n).remove(),n=s}}setConnected(n){this._$AM===void 0&&(this._$Cv=n,this._$AP?.(n))}},hn=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(n,e,s,i,r){this.type=1,this._$AH=H,this._$AN=void 0,this.element=n,this.name=e,this._$AM=i,this.options=r,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=H}_$AI(n,e=this,s,i){let r=this.strings,o=!1;if(r===void 0)n=dn(this,n,e,0),o=!Un(n)||n!==this._$AH&&n!==Ds,o&&(this._$AH=n);else{let a=n,c,d;for(n=r[0],c=0;c<r.length-1;c++)d=dn(this,a[s+c],e,c),d===Ds&&(d=this._$AH[c]),o||=!Un(d)||d!==this._$AH[c],d===H?n=H:n!==H&&(n+=(d??"")+r[c+1]),this._$AH[c]=d}o&&!i&&this.j(n)}j(n){n===H?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,n??"")}},yr=class extends hn{constructor(){super(...arguments),this.type=3}j(n){this.element[this.name]=n===H?void 0:n}},xr=class extends hn{constructor(){super(...arguments),this.type=4}j(n){this.element.toggleAttribute(this.name,!!n&&n!==H)}},_r=class extends hn{constructor(n,e,s,i,r){super(n,e,s,i,r),this.type=5}_$AI(n,e=this){if((n=dn(this,n,e,0)??H)===Ds)return;let s=this._$AH,i=n===H&&s!==H||n.capture!==s.capture||n.once!==s.once||n.passive!==s.passive,r=n!==H&&(s===H||i);i&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,n),this._$AH=n}handleEvent(n){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,n):this._$AH.handleEvent(n)}},wr=class{constructor(n,e,s){this.element=n,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(n){dn(this,n)}};var ku=$r.litHtmlPolyfillSupport;ku?.(Vn,jn),($r.litHtmlVersions??=[]).push("3.3.3");var ol=(t,n,e)=>{let s=e?.renderBefore??n,i=s._$litPart$;if(i===void 0){let r=e?.renderBefore??null;s._$litPart$=i=new jn(n.insertBefore(Fn(),r),r,void 0,e??{})}return i._$AI(t),i};var Er=globalThis,me=class extends os{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let n=super.createRenderRoot();return this.renderOptions.renderBefore??=n.firstChild,n}update(n){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(n),this._$Do=ol(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Ds}};me._$litElement$=!0,me.finalized=!0,Er.litElementHydrateSupport?.({LitElement:me});var Eu=Er.litElementPolyfillSupport;Eu?.({LitElement:me});(Er.litElementVersions??=[]).push("4.2.2");var Te=t=>(n,e)=>{e!==void 0?e.addInitializer(()=>{customElements.define(t,n)}):customElements.define(t,n)};var Mu={attribute:!0,type:String,converter:On,reflect:!1,hasChanged:gi},Au=(t=Mu,n,e)=>{let{kind:s,metadata:i}=e,r=globalThis.litPropertyMetadata.get(i);if(r===void 0&&globalThis.litPropertyMetadata.set(i,r=new Map),s==="setter"&&((t=Object.create(t)).wrapped=!0),r.set(e.name,t),s==="accessor"){let{name:o}=e;return{set(a){let c=n.get.call(this);n.set.call(this,a),this.requestUpdate(o,c,t,!0,a)},init(a){return a!==void 0&&this.C(o,void 0,t,a),a}}}if(s==="setter"){let{name:o}=e;return function(a){let c=this[o];n.call(this,a),this.requestUpdate(o,c,t,!0,a)}}throw Error("Unsupported decorator location: "+s)};function N(t){return(n,e)=>typeof e=="object"?Au(t,n,e):((s,i,r)=>{let o=i.hasOwnProperty(r);return i.constructor.createProperty(r,s),o?Object.getOwnPropertyDescriptor(i,r):void 0})(t,n,e)}function G(t){return N({...t,state:!0,attribute:!1})}var Is=(t,n,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof n!="object"&&Object.defineProperty(t,n,e),e);function vi(t,n){return(e,s,i)=>{let r=o=>o.renderRoot?.querySelector(t)??null;if(n){let{get:o,set:a}=typeof s=="object"?e:i??(()=>{let c=Symbol();return{get(){return this[c]},set(d){this[c]=d}}})();return Is(e,s,{get(){let c=o.call(this);return c===void 0&&(c=r(this),(c!==null||this.hasUpdated)&&a.call(this,c)),c}})}return Is(e,s,{get(){return r(this)}})}}var Tu="uplot",Cu="u-hz",zu="u-vt",Ru="u-title",Pu="u-wrap",Lu="u-under",Nu="u-over",Du="u-axis",Fs="u-off",Iu="u-select",Ou="u-cursor-x",Hu="u-cursor-y",Fu="u-cursor-pt",Uu="u-legend",Vu="u-live",ju="u-inline",Wu="u-series",qu="u-marker",ll="u-label",Ku="u-value",qn="width",Kn="height";var al="bottom",mn="left",Mr="right",Wr="#000",cl=Wr+"0",Ar="mousemove",ul="mousedown",Tr="mouseup",dl="mouseenter",hl="mouseleave",ml="dblclick",Gu="resize",Yu="scroll",pl="change",$i="dppxchange",qr="--",xn=typeof window<"u",Lr=xn?document:null,fn=xn?window:null,Zu=xn?navigator:null,ue,yi;function Nr(){let t=devicePixelRatio;ue!=t&&(ue=t,yi&&Ir(pl,yi,Nr),yi=matchMedia(`(min-resolution: ${ue-.001}dppx) and (max-resolution: ${ue+.001}dppx)`),Us(pl,yi,Nr),fn.dispatchEvent(new CustomEvent($i)))}function xt(t,n){if(n!=null){let e=t.classList;!e.contains(n)&&e.add(n)}}function Dr(t,n){let e=t.classList;e.contains(n)&&e.remove(n)}function $e(t,n,e){t.style[n]=e+"px"}function Ut(t,n,e,s){let i=Lr.createElement(t);return n!=null&&xt(i,n),e?.insertBefore(i,s),i}function Rt(t,n){return Ut("div",t,n)}var fl=new WeakMap;function es(t,n,e,s,i){let r="translate("+n+"px,"+e+"px)",o=fl.get(t);r!=o&&(t.style.transform=r,fl.set(t,r),n<0||e<0||n>s||e>i?xt(t,Fs):Dr(t,Fs))}var gl=new WeakMap;function bl(t,n,e){let s=n+e,i=gl.get(t);s!=i&&(gl.set(t,s),t.style.background=n,t.style.borderColor=e)}var vl=new WeakMap;function yl(t,n,e,s){let i=n+""+e,r=vl.get(t);i!=r&&(vl.set(t,i),t.style.height=e+"px",t.style.width=n+"px",t.style.marginLeft=s?-n/2+"px":0,t.style.marginTop=s?-e/2+"px":0)}var Kr={passive:!0},Ju={...Kr,capture:!0};function Us(t,n,e,s){n.addEventListener(t,e,s?Ju:Kr)}function Ir(t,n,e,s){n.removeEventListener(t,e,Kr)}xn&&Nr();function Vt(t,n,e,s){let i;e=e||0,s=s||n.length-1;let r=s<=2147483647;for(;s-e>1;)i=r?e+s>>1:_t((e+s)/2),n[i]<t?e=i:s=i;return t-n[e]<=n[s]-t?e:s}function Gl(t){return(e,s,i)=>{let r=-1,o=-1;for(let a=s;a<=i;a++)if(t(e[a])){r=a;break}for(let a=i;a>=s;a--)if(t(e[a])){o=a;break}return[r,o]}}var Yl=t=>t!=null,Zl=t=>t!=null&&t>0,Ei=Gl(Yl),Qu=Gl(Zl);function Xu(t,n,e,s=0,i=!1){let r=i?Qu:Ei,o=i?Zl:Yl;[n,e]=r(t,n,e);let a=t[n],c=t[n];if(n>-1)if(s==1)a=t[n],c=t[e];else if(s==-1)a=t[e],c=t[n];else for(let d=n;d<=e;d++){let f=t[d];o(f)&&(f<a?a=f:f>c&&(c=f))}return[a??be,c??-be]}function Mi(t,n,e,s){let i=wl(t),r=wl(n);t==n&&(i==-1?(t*=e,n/=e):(t/=e,n*=e));let o=e==10?ls:Jl,a=i==1?_t:Pt,c=r==1?Pt:_t,d=a(o(Ue(t))),f=c(o(Ue(n))),p=gn(e,d),b=gn(e,f);return e==10&&(d<0&&(p=ve(p,-d)),f<0&&(b=ve(b,-f))),s||e==2?(t=p*i,n=b*r):(t=ea(t,p),n=Ai(n,b)),[t,n]}function Gr(t,n,e,s){let i=Mi(t,n,e,s);return t==0&&(i[0]=0),n==0&&(i[1]=0),i}var Yr=.1,xl={mode:3,pad:Yr},Yn={pad:0,soft:null,mode:0},Bu={min:Yn,max:Yn};function Si(t,n,e,s){return Ti(e)?_l(t,n,e):(Yn.pad=e,Yn.soft=s?0:null,Yn.mode=s?3:0,_l(t,n,Bu))}function ae(t,n){return t??n}function ed(t,n,e){for(n=ae(n,0),e=ae(e,t.length-1);n<=e;){if(t[n]!=null)return!0;n++}return!1}function _l(t,n,e){let s=e.min,i=e.max,r=ae(s.pad,0),o=ae(i.pad,0),a=ae(s.hard,-be),c=ae(i.hard,be),d=ae(s.soft,be),f=ae(i.soft,-be),p=ae(s.mode,0),b=ae(i.mode,0),y=n-t,S=ls(y),C=ot(Ue(t),Ue(n)),A=ls(C),z=Ue(A-S);(y<1e-24||z>10)&&(y=0,(t==0||n==0)&&(y=1e-24,p==2&&d!=be&&(r=0),b==2&&f!=-be&&(o=0)));let _=y||C||1e3,R=ls(_),E=gn(10,_t(R)),q=_*(y==0?t==0?.1:1:r),O=ve(ea(t-q,E/10),24),ee=t>=d&&(p==1||p==3&&O<=d||p==2&&O>=d)?d:be,Q=ot(a,O<ee&&t>=ee?ee:jt(ee,O)),ne=_*(y==0?n==0?.1:1:o),J=ve(Ai(n+ne,E/10),24),T=n<=f&&(b==1||b==3&&J>=f||b==2&&J<=f)?f:-be,B=jt(c,J>T&&n<=T?T:ot(T,J));return Q==B&&Q==0&&(B=100),[Q,B]}var td=new Intl.NumberFormat(xn?Zu.language:"en-US"),Zr=t=>td.format(t),wt=Math,wi=wt.PI,Ue=wt.abs,_t=wt.floor,Fe=wt.round,Pt=wt.ceil,jt=wt.min,ot=wt.max,gn=wt.pow,wl=wt.sign,ls=wt.log10,Jl=wt.log2,sd=(t,n=1)=>wt.sinh(t)*n,Cr=(t,n=1)=>wt.asinh(t/n),be=1/0;function $l(t){return(ls((t^t>>31)-(t>>31))|0)+1}function Or(t,n,e){return jt(ot(t,n),e)}function Ql(t){return typeof t=="function"}function ie(t){return Ql(t)?t:()=>t}var nd=()=>{},Xl=t=>t,Bl=(t,n)=>n,id=t=>null,Sl=t=>!0,kl=(t,n)=>t==n,rd=/\.\d*?(?=9{6,}|0{6,})/gm,Vs=t=>{if(sa(t)||ys.has(t))return t;let n=`${t}`,e=n.match(rd);if(e==null)return t;let s=e[0].length-1;if(n.indexOf("e-")!=-1){let[i,r]=n.split("e");return+`${Vs(i)}e${r}`}return ve(t,s)};function Os(t,n){return Vs(ve(Vs(t/n))*n)}function Ai(t,n){return Vs(Pt(Vs(t/n))*n)}function ea(t,n){return Vs(_t(Vs(t/n))*n)}function ve(t,n=0){if(sa(t))return t;let e=10**n,s=t*e*(1+Number.EPSILON);return Fe(s)/e}var ys=new Map;function ta(t){return((""+t).split(".")[1]||"").length}function Jn(t,n,e,s){let i=[],r=s.map(ta);for(let o=n;o<e;o++){let a=Ue(o),c=ve(gn(t,o),a);for(let d=0;d<s.length;d++){let f=t==10?+`${s[d]}e${o}`:s[d]*c,p=(o>=0?0:a)+(o>=r[d]?0:r[d]),b=t==10?f:ve(f,p);i.push(b),ys.set(b,p)}}return i}var Zn={},Jr=[],bn=[null,null],vs=Array.isArray,sa=Number.isInteger,od=t=>t===void 0;function El(t){return typeof t=="string"}function Ti(t){let n=!1;if(t!=null){let e=t.constructor;n=e==null||e==Object}return n}function ld(t){return t!=null&&typeof t=="object"}var ad=Object.getPrototypeOf(Uint8Array),na="__proto__";function vn(t,n=Ti){let e;if(vs(t)){let s=t.find(i=>i!=null);if(vs(s)||n(s)){e=Array(t.length);for(let i=0;i<t.length;i++)e[i]=vn(t[i],n)}else e=t.slice()}else if(t instanceof ad)e=t.slice();else if(n(t)){e={};for(let s in t)s!=na&&(e[s]=vn(t[s],n))}else e=t;return e}function De(t){let n=arguments;for(let e=1;e<n.length;e++){let s=n[e];for(let i in s)i!=na&&(Ti(t[i])?De(t[i],vn(s[i])):t[i]=vn(s[i]))}return t}var cd=0,ud=1,dd=2;function hd(t,n,e){for(let s=0,i,r=-1;s<n.length;s++){let o=n[s];if(o>r){for(i=o-1;i>=0&&t[i]==null;)t[i--]=null;for(i=o+1;i<e&&t[i]==null;)t[r=i++]=null}}}function md(t,n){if(gd(t)){let o=t[0].slice();for(let a=1;a<t.length;a++)o.push(...t[a].slice(1));return bd(o[0])||(o=fd(o)),o}let e=new Set;for(let o=0;o<t.length;o++){let c=t[o][0],d=c.length;for(let f=0;f<d;f++)e.add(c[f])}let s=[Array.from(e).sort((o,a)=>o-a)],i=s[0].length,r=new Map;for(let o=0;o<i;o++)r.set(s[0][o],o);for(let o=0;o<t.length;o++){let a=t[o],c=a[0];for(let d=1;d<a.length;d++){let f=a[d],p=Array(i).fill(void 0),b=n?n[o][d]:ud,y=[];for(let S=0;S<f.length;S++){let C=f[S],A=r.get(c[S]);C===null?b!=cd&&(p[A]=C,b==dd&&y.push(A)):p[A]=C}hd(p,y,i),s.push(p)}}return s}var pd=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function fd(t){let n=t[0],e=n.length,s=Array(e);for(let r=0;r<s.length;r++)s[r]=r;s.sort((r,o)=>n[r]-n[o]);let i=[];for(let r=0;r<t.length;r++){let o=t[r],a=Array(e);for(let c=0;c<e;c++)a[c]=o[s[c]];i.push(a)}return i}function gd(t){let n=t[0][0],e=n.length;for(let s=1;s<t.length;s++){let i=t[s][0];if(i.length!=e)return!1;if(i!=n){for(let r=0;r<e;r++)if(i[r]!=n[r])return!1}}return!0}function bd(t,n=100){let e=t.length;if(e<=1)return!0;let s=0,i=e-1;for(;s<=i&&t[s]==null;)s++;for(;i>=s&&t[i]==null;)i--;if(i<=s)return!0;let r=ot(1,_t((i-s+1)/n));for(let o=t[s],a=s+r;a<=i;a+=r){let c=t[a];if(c!=null){if(c<=o)return!1;o=c}}return!0}var ia=["January","February","March","April","May","June","July","August","September","October","November","December"],ra=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function oa(t){return t.slice(0,3)}var vd=ra.map(oa),yd=ia.map(oa),xd={MMMM:ia,MMM:yd,WWWW:ra,WWW:vd};function Wn(t){return(t<10?"0":"")+t}function _d(t){return(t<10?"00":t<100?"0":"")+t}var wd={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,n)=>n.MMMM[t.getMonth()],MMM:(t,n)=>n.MMM[t.getMonth()],MM:t=>Wn(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>Wn(t.getDate()),D:t=>t.getDate(),WWWW:(t,n)=>n.WWWW[t.getDay()],WWW:(t,n)=>n.WWW[t.getDay()],HH:t=>Wn(t.getHours()),H:t=>t.getHours(),h:t=>{let n=t.getHours();return n==0?12:n>12?n-12:n},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>Wn(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>Wn(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>_d(t.getMilliseconds())};function Qr(t,n){n=n||xd;let e=[],s=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=s.exec(t);)e.push(i[0][0]=="{"?wd[i[1]]:i[0]);return r=>{let o="";for(let a=0;a<e.length;a++)o+=typeof e[a]=="string"?e[a]:e[a](r,n);return o}}var $d=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Sd(t,n){let e;return n=="UTC"||n=="Etc/UTC"?e=new Date(+t+t.getTimezoneOffset()*6e4):n==$d?e=t:(e=new Date(t.toLocaleString("en-US",{timeZone:n})),e.setMilliseconds(t.getMilliseconds())),e}var la=t=>t%1==0,ki=[1,2,2.5,5],kd=Jn(10,-32,0,ki),aa=Jn(10,0,32,ki),Ed=aa.filter(la),Hs=kd.concat(aa),Xr=`
`,ca="{YYYY}",Ml=Xr+ca,ua="{M}/{D}",Gn=Xr+ua,xi=Gn+"/{YY}",da="{aa}",Md="{h}:{mm}",pn=Md+da,Al=Xr+pn,Tl=":{ss}",pe=null;function ha(t){let n=t*1e3,e=n*60,s=e*60,i=s*24,r=i*30,o=i*365,c=(t==1?Jn(10,0,3,ki).filter(la):Jn(10,-3,0,ki)).concat([n,n*5,n*10,n*15,n*30,e,e*5,e*10,e*15,e*30,s,s*2,s*3,s*4,s*6,s*8,s*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),d=[[o,ca,pe,pe,pe,pe,pe,pe,1],[i*28,"{MMM}",Ml,pe,pe,pe,pe,pe,1],[i,ua,Ml,pe,pe,pe,pe,pe,1],[s,"{h}"+da,xi,pe,Gn,pe,pe,pe,1],[e,pn,xi,pe,Gn,pe,pe,pe,1],[n,Tl,xi+" "+pn,pe,Gn+" "+pn,pe,Al,pe,1],[t,Tl+".{fff}",xi+" "+pn,pe,Gn+" "+pn,pe,Al,pe,1]];function f(p){return(b,y,S,C,A,z)=>{let _=[],R=A>=o,E=A>=r&&A<o,q=p(S),O=ve(q*t,3),ee=zr(q.getFullYear(),R?0:q.getMonth(),E||R?1:q.getDate()),Q=ve(ee*t,3);if(E||R){let ne=E?A/r:0,J=R?A/o:0,T=O==Q?O:ve(zr(ee.getFullYear()+J,ee.getMonth()+ne,1)*t,3),B=new Date(Fe(T/t)),F=B.getFullYear(),Y=B.getMonth();for(let W=0;T<=C;W++){let re=zr(F+J*W,Y+ne*W,1),j=re-p(ve(re*t,3));T=ve((+re+j)*t,3),T<=C&&_.push(T)}}else{let ne=A>=i?i:A,J=_t(S)-_t(O),T=Q+J+Ai(O-Q,ne);_.push(T);let B=p(T),F=B.getHours()+B.getMinutes()/e+B.getSeconds()/s,Y=A/s,W=b.axes[y]._space,re=z/W;for(;T=ve(T+A,t==1?0:3),!(T>C);)if(Y>1){let j=_t(ve(F+Y,6))%24,oe=p(T).getHours()-j;oe>1&&(oe=-1),T-=oe*s,F=(F+Y)%24;let fe=_[_.length-1];ve((T-fe)/A,3)*re>=.7&&_.push(T)}else _.push(T)}return _}}return[c,d,f]}var[Ad,Td,Cd]=ha(1),[zd,Rd,Pd]=ha(.001);Jn(2,-53,53,[1]);function Cl(t,n){return t.map(e=>e.map((s,i)=>i==0||i==8||s==null?s:n(i==1||e[8]==0?s:e[1]+s)))}function zl(t,n){return(e,s,i,r,o)=>{let a=n.find(S=>o>=S[0])||n[n.length-1],c,d,f,p,b,y;return s.map(S=>{let C=t(S),A=C.getFullYear(),z=C.getMonth(),_=C.getDate(),R=C.getHours(),E=C.getMinutes(),q=C.getSeconds(),O=A!=c&&a[2]||z!=d&&a[3]||_!=f&&a[4]||R!=p&&a[5]||E!=b&&a[6]||q!=y&&a[7]||a[1];return c=A,d=z,f=_,p=R,b=E,y=q,O(C)})}}function Ld(t,n){let e=Qr(n);return(s,i,r,o,a)=>i.map(c=>e(t(c)))}function zr(t,n,e){return new Date(t,n,e)}function Rl(t,n){return n(t)}var Nd="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Pl(t,n){return(e,s,i,r)=>r==null?qr:n(t(s))}function Dd(t,n){let e=t.series[n];return e.width?e.stroke(t,n):e.points.width?e.points.stroke(t,n):null}function Id(t,n){return t.series[n].fill(t,n)}var Od={show:!0,live:!0,isolate:!1,mount:nd,markers:{show:!0,width:2,stroke:Dd,fill:Id,dash:"solid"},idx:null,idxs:null,values:[]};function Hd(t,n){let e=t.cursor.points,s=Rt(),i=e.size(t,n);$e(s,qn,i),$e(s,Kn,i);let r=i/-2;$e(s,"marginLeft",r),$e(s,"marginTop",r);let o=e.width(t,n,i);return o&&$e(s,"borderWidth",o),s}function Fd(t,n){let e=t.series[n].points;return e._fill||e._stroke}function Ud(t,n){let e=t.series[n].points;return e._stroke||e._fill}function Vd(t,n){return t.series[n].points.size}var Rr=[0,0];function jd(t,n,e){return Rr[0]=n,Rr[1]=e,Rr}function _i(t,n,e,s=!0){return i=>{i.button==0&&(!s||i.target==n)&&e(i)}}function Pr(t,n,e,s=!0){return i=>{(!s||i.target==n)&&e(i)}}var Wd={show:!0,x:!0,y:!0,lock:!1,move:jd,points:{one:!1,show:Hd,size:Vd,width:0,stroke:Ud,fill:Fd},bind:{mousedown:_i,mouseup:_i,click:_i,dblclick:_i,mousemove:Pr,mouseleave:Pr,mouseenter:Pr},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,n)=>{n.stopPropagation(),n.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,n,e,s,i)=>s-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},ma={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Br=De({},ma,{filter:Bl}),pa=De({},Br,{size:10}),fa=De({},ma,{show:!1}),eo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',ga="bold "+eo,ba=1.5,Ll={show:!0,scale:"x",stroke:Wr,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:ga,side:2,grid:Br,ticks:pa,border:fa,font:eo,lineGap:ba,rotate:0},qd="Value",Kd="Time",Nl={show:!0,scale:"x",auto:!1,sorted:1,min:be,max:-be,idxs:[]};function Gd(t,n,e,s,i){return n.map(r=>r==null?"":Zr(r))}function Yd(t,n,e,s,i,r,o){let a=[],c=ys.get(i)||0;e=o?e:ve(Ai(e,i),c);for(let d=e;d<=s;d=ve(d+i,c))a.push(Object.is(d,-0)?0:d);return a}function Hr(t,n,e,s,i,r,o){let a=[],c=t.scales[t.axes[n].scale].log,d=c==10?ls:Jl,f=_t(d(e));i=gn(c,f),c==10&&(i=Hs[Vt(i,Hs)]);let p=e,b=i*c;c==10&&(b=Hs[Vt(b,Hs)]);do a.push(p),p=p+i,c==10&&!ys.has(p)&&(p=ve(p,ys.get(i))),p>=b&&(i=p,b=i*c,c==10&&(b=Hs[Vt(b,Hs)]));while(p<=s);return a}function Zd(t,n,e,s,i,r,o){let c=t.scales[t.axes[n].scale].asinh,d=s>c?Hr(t,n,ot(c,e),s,i):[c],f=s>=0&&e<=0?[0]:[];return(e<-c?Hr(t,n,ot(c,-s),-e,i):[c]).reverse().map(b=>-b).concat(f,d)}var va=/./,Jd=/[12357]/,Qd=/[125]/,Dl=/1/,Fr=(t,n,e,s)=>t.map((i,r)=>n==4&&i==0||r%s==0&&e.test(i.toExponential()[i<0?1:0])?i:null);function Xd(t,n,e,s,i){let r=t.axes[e],o=r.scale,a=t.scales[o],c=t.valToPos,d=r._space,f=c(10,o),p=c(9,o)-f>=d?va:c(7,o)-f>=d?Jd:c(5,o)-f>=d?Qd:Dl;if(p==Dl){let b=Ue(c(1,o)-f);if(b<d)return Fr(n.slice().reverse(),a.distr,p,Pt(d/b)).reverse()}return Fr(n,a.distr,p,1)}function Bd(t,n,e,s,i){let r=t.axes[e],o=r.scale,a=r._space,c=t.valToPos,d=Ue(c(1,o)-c(2,o));return d<a?Fr(n.slice().reverse(),3,va,Pt(a/d)).reverse():n}function eh(t,n,e,s){return s==null?qr:n==null?"":Zr(n)}var Il={show:!0,scale:"y",stroke:Wr,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:ga,side:3,grid:Br,ticks:pa,border:fa,font:eo,lineGap:ba,rotate:0};function th(t,n){let e=3+(t||1)*2;return ve(e*n,3)}function sh(t,n){let{scale:e,idxs:s}=t.series[0],i=t._data[0],r=t.valToPos(i[s[0]],e,!0),o=t.valToPos(i[s[1]],e,!0),a=Ue(o-r),c=t.series[n],d=a/(c.points.space*ue);return s[1]-s[0]<=d}var Ol={scale:null,auto:!0,sorted:0,min:be,max:-be},ya=(t,n,e,s,i)=>i,Hl={show:!0,auto:!0,sorted:0,gaps:ya,alpha:1,facets:[De({},Ol,{scale:"x"}),De({},Ol,{scale:"y"})]},Fl={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:ya,alpha:1,points:{show:sh,filter:null},values:null,min:be,max:-be,idxs:[],path:null,clip:null};function nh(t,n,e,s,i){return e/10}var xa={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ih=De({},xa,{time:!1,ori:1}),Ul={};function _a(t,n){let e=Ul[t];return e||(e={key:t,plots:[],sub(s){e.plots.push(s)},unsub(s){e.plots=e.plots.filter(i=>i!=s)},pub(s,i,r,o,a,c,d){for(let f=0;f<e.plots.length;f++)e.plots[f]!=i&&e.plots[f].pub(s,i,r,o,a,c,d)}},t!=null&&(Ul[t]=e)),e}var yn=1,Ur=2;function js(t,n,e){let s=t.mode,i=t.series[n],r=s==2?t._data[n]:t._data,o=t.scales,a=t.bbox,c=r[0],d=s==2?r[1]:r[n],f=s==2?o[i.facets[0].scale]:o[t.series[0].scale],p=s==2?o[i.facets[1].scale]:o[i.scale],b=a.left,y=a.top,S=a.width,C=a.height,A=t.valToPosH,z=t.valToPosV;return f.ori==0?e(i,c,d,f,p,A,z,b,y,S,C,zi,_n,Pi,$a,ka):e(i,c,d,f,p,z,A,y,b,C,S,Ri,wn,no,Sa,Ea)}function to(t,n){let e=0,s=0,i=ae(t.bands,Jr);for(let r=0;r<i.length;r++){let o=i[r];o.series[0]==n?e=o.dir:o.series[1]==n&&(o.dir==1?s|=1:s|=2)}return[e,s==1?-1:s==2?1:s==3?2:0]}function rh(t,n,e,s,i){let r=t.mode,o=t.series[n],a=r==2?o.facets[1].scale:o.scale,c=t.scales[a];return i==-1?c.min:i==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function as(t,n,e,s,i,r){return js(t,n,(o,a,c,d,f,p,b,y,S,C,A)=>{let z=o.pxRound,_=d.dir*(d.ori==0?1:-1),R=d.ori==0?_n:wn,E,q;_==1?(E=e,q=s):(E=s,q=e);let O=z(p(a[E],d,C,y)),ee=z(b(c[E],f,A,S)),Q=z(p(a[q],d,C,y)),ne=z(b(r==1?f.max:f.min,f,A,S)),J=new Path2D(i);return R(J,Q,ne),R(J,O,ne),R(J,O,ee),J})}function Ci(t,n,e,s,i,r){let o=null;if(t.length>0){o=new Path2D;let a=n==0?Pi:no,c=e;for(let p=0;p<t.length;p++){let b=t[p];if(b[1]>b[0]){let y=b[0]-c;y>0&&a(o,c,s,y,s+r),c=b[1]}}let d=e+i-c,f=10;d>0&&a(o,c,s-f/2,d,s+r+f)}return o}function oh(t,n,e){let s=t[t.length-1];s&&s[0]==n?s[1]=e:t.push([n,e])}function so(t,n,e,s,i,r,o){let a=[],c=t.length;for(let d=i==1?e:s;d>=e&&d<=s;d+=i)if(n[d]===null){let p=d,b=d;if(i==1)for(;++d<=s&&n[d]===null;)b=d;else for(;--d>=e&&n[d]===null;)b=d;let y=r(t[p]),S=b==p?y:r(t[b]),C=p-i;y=o<=0&&C>=0&&C<c?r(t[C]):y;let z=b+i;S=o>=0&&z>=0&&z<c?r(t[z]):S,S>=y&&a.push([y,S])}return a}function Vl(t){return t==0?Xl:t==1?Fe:n=>Os(n,t)}function wa(t){let n=t==0?zi:Ri,e=t==0?(i,r,o,a,c,d)=>{i.arcTo(r,o,a,c,d)}:(i,r,o,a,c,d)=>{i.arcTo(o,r,c,a,d)},s=t==0?(i,r,o,a,c)=>{i.rect(r,o,a,c)}:(i,r,o,a,c)=>{i.rect(o,r,c,a)};return(i,r,o,a,c,d=0,f=0)=>{d==0&&f==0?s(i,r,o,a,c):(d=jt(d,a/2,c/2),f=jt(f,a/2,c/2),n(i,r+d,o),e(i,r+a,o,r+a,o+c,d),e(i,r+a,o+c,r,o+c,f),e(i,r,o+c,r,o,f),e(i,r,o,r+a,o,d),i.closePath())}}var zi=(t,n,e)=>{t.moveTo(n,e)},Ri=(t,n,e)=>{t.moveTo(e,n)},_n=(t,n,e)=>{t.lineTo(n,e)},wn=(t,n,e)=>{t.lineTo(e,n)},Pi=wa(0),no=wa(1),$a=(t,n,e,s,i,r)=>{t.arc(n,e,s,i,r)},Sa=(t,n,e,s,i,r)=>{t.arc(e,n,s,i,r)},ka=(t,n,e,s,i,r,o)=>{t.bezierCurveTo(n,e,s,i,r,o)},Ea=(t,n,e,s,i,r,o)=>{t.bezierCurveTo(e,n,i,s,o,r)};function Ma(t){return(n,e,s,i,r)=>js(n,e,(o,a,c,d,f,p,b,y,S,C,A)=>{let{pxRound:z,points:_}=o,R,E;d.ori==0?(R=zi,E=$a):(R=Ri,E=Sa);let q=ve(_.width*ue,3),O=(_.size-_.width)/2*ue,ee=ve(O*2,3),Q=new Path2D,ne=new Path2D,{left:J,top:T,width:B,height:F}=n.bbox;Pi(ne,J-ee,T-ee,B+ee*2,F+ee*2);let Y=W=>{if(c[W]!=null){let re=z(p(a[W],d,C,y)),j=z(b(c[W],f,A,S));R(Q,re+O,j),E(Q,re,j,O,0,wi*2)}};if(r)r.forEach(Y);else for(let W=s;W<=i;W++)Y(W);return{stroke:q>0?Q:null,fill:Q,clip:ne,flags:yn|Ur}})}function Aa(t){return(n,e,s,i,r,o)=>{s!=i&&(r!=s&&o!=s&&t(n,e,s),r!=i&&o!=i&&t(n,e,i),t(n,e,o))}}var lh=Aa(_n),ah=Aa(wn);function Ta(t){let n=ae(t?.alignGaps,0);return(e,s,i,r)=>js(e,s,(o,a,c,d,f,p,b,y,S,C,A)=>{[i,r]=Ei(c,i,r);let z=o.pxRound,_=F=>z(p(F,d,C,y)),R=F=>z(b(F,f,A,S)),E,q;d.ori==0?(E=_n,q=lh):(E=wn,q=ah);let O=d.dir*(d.ori==0?1:-1),ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:yn},Q=ee.stroke,ne=!1;if(r-i>=C*4){let F=U=>e.posToVal(U,d.key,!0),Y=null,W=null,re,j,ut,Ee=_(a[O==1?i:r]),oe=_(a[i]),fe=_(a[r]),te=F(O==1?oe+1:fe-1);for(let U=O==1?i:r;U>=i&&U<=r;U+=O){let Oe=a[U],Me=(O==1?Oe<te:Oe>te)?Ee:_(Oe),he=c[U];Me==Ee?he!=null?(j=he,Y==null?(E(Q,Me,R(j)),re=Y=W=j):j<Y?Y=j:j>W&&(W=j)):he===null&&(ne=!0):(Y!=null&&q(Q,Ee,R(Y),R(W),R(re),R(j)),he!=null?(j=he,E(Q,Me,R(j)),Y=W=re=j):(Y=W=null,he===null&&(ne=!0)),Ee=Me,te=F(Ee+O))}Y!=null&&Y!=W&&ut!=Ee&&q(Q,Ee,R(Y),R(W),R(re),R(j))}else for(let F=O==1?i:r;F>=i&&F<=r;F+=O){let Y=c[F];Y===null?ne=!0:Y!=null&&E(Q,_(a[F]),R(Y))}let[T,B]=to(e,s);if(o.fill!=null||T!=0){let F=ee.fill=new Path2D(Q),Y=o.fillTo(e,s,o.min,o.max,T),W=R(Y),re=_(a[i]),j=_(a[r]);O==-1&&([j,re]=[re,j]),E(F,j,W),E(F,re,W)}if(!o.spanGaps){let F=[];ne&&F.push(...so(a,c,i,r,O,_,n)),ee.gaps=F=o.gaps(e,s,i,r,F),ee.clip=Ci(F,d.ori,y,S,C,A)}return B!=0&&(ee.band=B==2?[as(e,s,i,r,Q,-1),as(e,s,i,r,Q,1)]:as(e,s,i,r,Q,B)),ee})}function ch(t){let n=ae(t.align,1),e=ae(t.ascDesc,!1),s=ae(t.alignGaps,0),i=ae(t.extend,!1);return(r,o,a,c)=>js(r,o,(d,f,p,b,y,S,C,A,z,_,R)=>{[a,c]=Ei(p,a,c);let E=d.pxRound,{left:q,width:O}=r.bbox,ee=oe=>E(S(oe,b,_,A)),Q=oe=>E(C(oe,y,R,z)),ne=b.ori==0?_n:wn,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:yn},T=J.stroke,B=b.dir*(b.ori==0?1:-1),F=Q(p[B==1?a:c]),Y=ee(f[B==1?a:c]),W=Y,re=Y;i&&n==-1&&(re=q,ne(T,re,F)),ne(T,Y,F);for(let oe=B==1?a:c;oe>=a&&oe<=c;oe+=B){let fe=p[oe];if(fe==null)continue;let te=ee(f[oe]),U=Q(fe);n==1?ne(T,te,F):ne(T,W,U),ne(T,te,U),F=U,W=te}let j=W;i&&n==1&&(j=q+O,ne(T,j,F));let[ut,Ee]=to(r,o);if(d.fill!=null||ut!=0){let oe=J.fill=new Path2D(T),fe=d.fillTo(r,o,d.min,d.max,ut),te=Q(fe);ne(oe,j,te),ne(oe,re,te)}if(!d.spanGaps){let oe=[];oe.push(...so(f,p,a,c,B,ee,s));let fe=d.width*ue/2,te=e||n==1?fe:-fe,U=e||n==-1?-fe:fe;oe.forEach(Oe=>{Oe[0]+=te,Oe[1]+=U}),J.gaps=oe=d.gaps(r,o,a,c,oe),J.clip=Ci(oe,b.ori,A,z,_,R)}return Ee!=0&&(J.band=Ee==2?[as(r,o,a,c,T,-1),as(r,o,a,c,T,1)]:as(r,o,a,c,T,Ee)),J})}function jl(t,n,e,s,i,r,o=be){if(t.length>1){let a=null;for(let c=0,d=1/0;c<t.length;c++)if(n[c]!==void 0){if(a!=null){let f=Ue(t[c]-t[a]);f<d&&(d=f,o=Ue(e(t[c],s,i,r)-e(t[a],s,i,r)))}a=c}}return o}function uh(t){t=t||Zn;let n=ae(t.size,[.6,be,1]),e=t.align||0,s=t.gap||0,i=t.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;let r=ie(i),o=1-n[0],a=ae(n[1],be),c=ae(n[2],1),d=ae(t.disp,Zn),f=ae(t.each,y=>{}),{fill:p,stroke:b}=d;return(y,S,C,A)=>js(y,S,(z,_,R,E,q,O,ee,Q,ne,J,T)=>{let B=z.pxRound,F=e,Y=s*ue,W=a*ue,re=c*ue,j,ut;E.ori==0?[j,ut]=r(y,S):[ut,j]=r(y,S);let Ee=E.dir*(E.ori==0?1:-1),oe=E.ori==0?Pi:no,fe=E.ori==0?f:(D,ye,He,Ys,ks,Yt,Es)=>{f(D,ye,He,ks,Ys,Es,Yt)},te=ae(y.bands,Jr).find(D=>D.series[0]==S),U=te!=null?te.dir:0,Oe=z.fillTo(y,S,z.min,z.max,U),tt=B(ee(Oe,q,T,ne)),Me,he,Dt,ft=J,Ce=B(z.width*ue),Gt=!1,ns=null,Et=null,ds=null,qs=null;p!=null&&(Ce==0||b!=null)&&(Gt=!0,ns=p.values(y,S,C,A),Et=new Map,new Set(ns).forEach(D=>{D!=null&&Et.set(D,new Path2D)}),Ce>0&&(ds=b.values(y,S,C,A),qs=new Map,new Set(ds).forEach(D=>{D!=null&&qs.set(D,new Path2D)})));let{x0:Ks,size:An}=d;if(Ks!=null&&An!=null){F=1,_=Ks.values(y,S,C,A),Ks.unit==2&&(_=_.map(He=>y.posToVal(Q+He*J,E.key,!0)));let D=An.values(y,S,C,A);An.unit==2?he=D[0]*J:he=O(D[0],E,J,Q)-O(0,E,J,Q),ft=jl(_,R,O,E,J,Q,ft),Dt=ft-he+Y}else ft=jl(_,R,O,E,J,Q,ft),Dt=ft*o+Y,he=ft-Dt;Dt<1&&(Dt=0),Ce>=he/2&&(Ce=0),Dt<5&&(B=Xl);let si=Dt>0,$s=ft-Dt-(si?Ce:0);he=B(Or($s,re,W)),Me=(F==0?he/2:F==Ee?0:he)-F*Ee*((F==0?Y/2:0)+(si?Ce/2:0));let st={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Gs=Gt?null:new Path2D,is=null;if(te!=null)is=y.data[te.series[1]];else{let{y0:D,y1:ye}=d;D!=null&&ye!=null&&(R=ye.values(y,S,C,A),is=D.values(y,S,C,A))}let Ss=j*he,X=ut*he;for(let D=Ee==1?C:A;D>=C&&D<=A;D+=Ee){let ye=R[D];if(ye==null)continue;if(is!=null){let dt=is[D]??0;if(ye-dt==0)continue;tt=ee(dt,q,T,ne)}let He=E.distr!=2||d!=null?_[D]:D,Ys=O(He,E,J,Q),ks=ee(ae(ye,Oe),q,T,ne),Yt=B(Ys-Me),Es=B(ot(ks,tt)),gt=B(jt(ks,tt)),Mt=Es-gt;if(ye!=null){let dt=ye<0?X:Ss,It=ye<0?Ss:X;Gt?(Ce>0&&ds[D]!=null&&oe(qs.get(ds[D]),Yt,gt+_t(Ce/2),he,ot(0,Mt-Ce),dt,It),ns[D]!=null&&oe(Et.get(ns[D]),Yt,gt+_t(Ce/2),he,ot(0,Mt-Ce),dt,It)):oe(Gs,Yt,gt+_t(Ce/2),he,ot(0,Mt-Ce),dt,It),fe(y,S,D,Yt-Ce/2,gt,he+Ce,Mt)}}return Ce>0?st.stroke=Gt?qs:Gs:Gt||(st._fill=z.width==0?z._fill:z._stroke??z._fill,st.width=0),st.fill=Gt?Et:Gs,st})}function dh(t,n){let e=ae(n?.alignGaps,0);return(s,i,r,o)=>js(s,i,(a,c,d,f,p,b,y,S,C,A,z)=>{[r,o]=Ei(d,r,o);let _=a.pxRound,R=j=>_(b(j,f,A,S)),E=j=>_(y(j,p,z,C)),q,O,ee;f.ori==0?(q=zi,ee=_n,O=ka):(q=Ri,ee=wn,O=Ea);let Q=f.dir*(f.ori==0?1:-1),ne=R(c[Q==1?r:o]),J=ne,T=[],B=[];for(let j=Q==1?r:o;j>=r&&j<=o;j+=Q)if(d[j]!=null){let Ee=c[j],oe=R(Ee);T.push(J=oe),B.push(E(d[j]))}let F={stroke:t(T,B,q,ee,O,_),fill:null,clip:null,band:null,gaps:null,flags:yn},Y=F.stroke,[W,re]=to(s,i);if(a.fill!=null||W!=0){let j=F.fill=new Path2D(Y),ut=a.fillTo(s,i,a.min,a.max,W),Ee=E(ut);ee(j,J,Ee),ee(j,ne,Ee)}if(!a.spanGaps){let j=[];j.push(...so(c,d,r,o,Q,R,e)),F.gaps=j=a.gaps(s,i,r,o,j),F.clip=Ci(j,f.ori,S,C,A,z)}return re!=0&&(F.band=re==2?[as(s,i,r,o,Y,-1),as(s,i,r,o,Y,1)]:as(s,i,r,o,Y,re)),F})}function hh(t){return dh(mh,t)}function mh(t,n,e,s,i,r){let o=t.length;if(o<2)return null;let a=new Path2D;if(e(a,t[0],n[0]),o==2)s(a,t[1],n[1]);else{let c=Array(o),d=Array(o-1),f=Array(o-1),p=Array(o-1);for(let b=0;b<o-1;b++)f[b]=n[b+1]-n[b],p[b]=t[b+1]-t[b],d[b]=f[b]/p[b];c[0]=d[0];for(let b=1;b<o-1;b++)d[b]===0||d[b-1]===0||d[b-1]>0!=d[b]>0?c[b]=0:(c[b]=3*(p[b-1]+p[b])/((2*p[b]+p[b-1])/d[b-1]+(p[b]+2*p[b-1])/d[b]),isFinite(c[b])||(c[b]=0));c[o-1]=d[o-2];for(let b=0;b<o-1;b++)i(a,t[b]+p[b]/3,n[b]+c[b]*p[b]/3,t[b+1]-p[b]/3,n[b+1]-c[b+1]*p[b]/3,t[b+1],n[b+1])}return a}var Vr=new Set;function Wl(){for(let t of Vr)t.syncRect(!0)}xn&&(Us(Gu,fn,Wl),Us(Yu,fn,Wl,!0),Us($i,fn,()=>{Pe.pxRatio=ue}));var ph=Ta(),fh=Ma();function ql(t,n,e,s){return(s?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((r,o)=>jr(r,o,n,e))}function gh(t,n){return t.map((e,s)=>s==0?{}:De({},n,e))}function jr(t,n,e,s){return De({},n==0?e:s,t)}function Ca(t,n,e){return n==null?bn:[n,e]}var bh=Ca;function vh(t,n,e){return n==null?bn:Si(n,e,Yr,!0)}function za(t,n,e,s){return n==null?bn:Mi(n,e,t.scales[s].log,!1)}var yh=za;function Ra(t,n,e,s){return n==null?bn:Gr(n,e,t.scales[s].log,!1)}var xh=Ra;function _h(t,n,e,s,i){let r=ot($l(t),$l(n)),o=n-t,a=Vt(i/s*o,e);do{let c=e[a],d=s*c/o;if(d>=i&&r+(c<5?ys.get(c):0)<=17)return[c,d]}while(++a<e.length);return[0,0]}function Kl(t){let n,e;return t=t.replace(/(\d+)px/,(s,i)=>(n=Fe((e=+i)*ue))+"px"),[t,n,e]}function wh(t){t.show&&[t.font,t.labelFont].forEach(n=>{let e=ve(n[2]*ue,1);n[0]=n[0].replace(/[0-9.]+px/,e+"px"),n[1]=e})}function Pe(t,n,e){let s={mode:ae(t.mode,1)},i=s.mode;function r(l,u,h,m){let g=u.valToPct(l);return m+h*(u.dir==-1?1-g:g)}function o(l,u,h,m){let g=u.valToPct(l);return m+h*(u.dir==-1?g:1-g)}function a(l,u,h,m){return u.ori==0?r(l,u,h,m):o(l,u,h,m)}s.valToPosH=r,s.valToPosV=o;let c=!1;s.status=0;let d=s.root=Rt(Tu);if(t.id!=null&&(d.id=t.id),xt(d,t.class),t.title){let l=Rt(Ru,d);l.textContent=t.title}let f=Ut("canvas"),p=s.ctx=f.getContext("2d"),b=Rt(Pu,d);Us("click",b,l=>{l.target===S&&(xe!=on||Ae!=ln)&&Qe.click(s,l)},!0);let y=s.under=Rt(Lu,b);b.appendChild(f);let S=s.over=Rt(Nu,b);t=vn(t);let C=+ae(t.pxAlign,1),A=Vl(C);(t.plugins||[]).forEach(l=>{l.opts&&(t=l.opts(s,t)||t)});let z=t.ms||.001,_=s.series=i==1?ql(t.series||[],Nl,Fl,!1):gh(t.series||[null],Hl),R=s.axes=ql(t.axes||[],Ll,Il,!0),E=s.scales={},q=s.bands=t.bands||[];q.forEach(l=>{l.fill=ie(l.fill||null),l.dir=ae(l.dir,-1)});let O=i==2?_[1].facets[0].scale:_[0].scale,ee={axes:Qc,series:Kc},Q=(t.drawOrder||["axes","series"]).map(l=>ee[l]);function ne(l){let u=l.distr==3?h=>ls(h>0?h:l.clamp(s,h,l.min,l.max,l.key)):l.distr==4?h=>Cr(h,l.asinh):l.distr==100?h=>l.fwd(h):h=>h;return h=>{let m=u(h),{_min:g,_max:v}=l,w=v-g;return(m-g)/w}}function J(l){let u=E[l];if(u==null){let h=(t.scales||Zn)[l]||Zn;if(h.from!=null){J(h.from);let m=De({},E[h.from],h,{key:l});m.valToPct=ne(m),E[l]=m}else{u=E[l]=De({},l==O?xa:ih,h),u.key=l;let m=u.time,g=u.range,v=vs(g);if((l!=O||i==2&&!m)&&(v&&(g[0]==null||g[1]==null)&&(g={min:g[0]==null?xl:{mode:1,hard:g[0],soft:g[0]},max:g[1]==null?xl:{mode:1,hard:g[1],soft:g[1]}},v=!1),!v&&Ti(g))){let w=g;g=(k,M,P)=>M==null?bn:Si(M,P,w)}u.range=ie(g||(m?bh:l==O?u.distr==3?yh:u.distr==4?xh:Ca:u.distr==3?za:u.distr==4?Ra:vh)),u.auto=ie(v?!1:u.auto),u.clamp=ie(u.clamp||nh),u._min=u._max=null,u.valToPct=ne(u)}}}J("x"),J("y"),i==1&&_.forEach(l=>{J(l.scale)}),R.forEach(l=>{J(l.scale)});for(let l in t.scales)J(l);let T=E[O],B=T.distr,F,Y;T.ori==0?(xt(d,Cu),F=r,Y=o):(xt(d,zu),F=o,Y=r);let W={};for(let l in E){let u=E[l];(u.min!=null||u.max!=null)&&(W[l]={min:u.min,max:u.max},u.min=u.max=null)}let re=t.tzDate||(l=>new Date(Fe(l/z))),j=t.fmtDate||Qr,ut=z==1?Cd(re):Pd(re),Ee=zl(re,Cl(z==1?Td:Rd,j)),oe=Pl(re,Rl(Nd,j)),fe=[],te=s.legend=De({},Od,t.legend),U=s.cursor=De({},Wd,{drag:{y:i==2}},t.cursor),Oe=te.show,tt=U.show,Me=te.markers;te.idxs=fe,Me.width=ie(Me.width),Me.dash=ie(Me.dash),Me.stroke=ie(Me.stroke),Me.fill=ie(Me.fill);let he,Dt,ft,Ce=[],Gt=[],ns,Et=!1,ds={};if(te.live){let l=_[1]?_[1].values:null;Et=l!=null,ns=Et?l(s,1,0):{_:0};for(let u in ns)ds[u]=qr}if(Oe)if(he=Ut("table",Uu,d),ft=Ut("tbody",null,he),te.mount(s,he),Et){Dt=Ut("thead",null,he,ft);let l=Ut("tr",null,Dt);Ut("th",null,l);for(var qs in ns)Ut("th",ll,l).textContent=qs}else xt(he,ju),te.live&&xt(he,Vu);let Ks={show:!0},An={show:!1};function si(l,u){if(u==0&&(Et||!te.live||i==2))return bn;let h=[],m=Ut("tr",Wu,ft,ft.childNodes[u]);xt(m,l.class),l.show||xt(m,Fs);let g=Ut("th",null,m);if(Me.show){let k=Rt(qu,g);if(u>0){let M=Me.width(s,u);M&&(k.style.border=M+"px "+Me.dash(s,u)+" "+Me.stroke(s,u)),k.style.background=Me.fill(s,u)}}let v=Rt(ll,g);l.label instanceof HTMLElement?v.appendChild(l.label):v.textContent=l.label,u>0&&(Me.show||(v.style.color=l.width>0?Me.stroke(s,u):Me.fill(s,u)),st("click",g,k=>{if(U._lock)return;As(k);let M=_.indexOf(l);if((k.ctrlKey||k.metaKey)!=te.isolate){let P=_.some((L,I)=>I>0&&I!=M&&L.show);_.forEach((L,I)=>{I>0&&Jt(I,P?I==M?Ks:An:Ks,!0,Ne.setSeries)})}else Jt(M,{show:!l.show},!0,Ne.setSeries)},!1),Js&&st(dl,g,k=>{U._lock||(As(k),Jt(_.indexOf(l),cn,!0,Ne.setSeries))},!1));for(var w in ns){let k=Ut("td",Ku,m);k.textContent="--",h.push(k)}return[m,h]}let $s=new Map;function st(l,u,h,m=!0){let g=$s.get(u)||{},v=U.bind[l](s,u,h,m);v&&(Us(l,u,g[l]=v),$s.set(u,g))}function Gs(l,u,h){let m=$s.get(u)||{};for(let g in m)(l==null||g==l)&&(Ir(g,u,m[g]),delete m[g]);l==null&&$s.delete(u)}let is=0,Ss=0,X=0,D=0,ye=0,He=0,Ys=ye,ks=He,Yt=X,Es=D,gt=0,Mt=0,dt=0,It=0;s.bbox={};let Ki=!1,ni=!1,Zs=!1,Ms=!1,ii=!1,At=!1;function Gi(l,u,h){(h||l!=s.width||u!=s.height)&&fo(l,u),tn(!1),Zs=!0,ni=!0,sn()}function fo(l,u){s.width=is=X=l,s.height=Ss=D=u,ye=He=0,Hc(),Fc();let h=s.bbox;gt=h.left=Os(ye*ue,.5),Mt=h.top=Os(He*ue,.5),dt=h.width=Os(X*ue,.5),It=h.height=Os(D*ue,.5)}let Dc=3;function Ic(){let l=!1,u=0;for(;!l;){u++;let h=Zc(u),m=Jc(u);l=u==Dc||h&&m,l||(fo(s.width,s.height),ni=!0)}}function Oc({width:l,height:u}){Gi(l,u)}s.setSize=Oc;function Hc(){let l=!1,u=!1,h=!1,m=!1;R.forEach((g,v)=>{if(g.show&&g._show){let{side:w,_size:k}=g,M=w%2,P=g.label!=null?g.labelSize:0,L=k+P;L>0&&(M?(X-=L,w==3?(ye+=L,m=!0):h=!0):(D-=L,w==0?(He+=L,l=!0):u=!0))}}),Ts[0]=l,Ts[1]=h,Ts[2]=u,Ts[3]=m,X-=hs[1]+hs[3],ye+=hs[3],D-=hs[2]+hs[0],He+=hs[0]}function Fc(){let l=ye+X,u=He+D,h=ye,m=He;function g(v,w){switch(v){case 1:return l+=w,l-w;case 2:return u+=w,u-w;case 3:return h-=w,h+w;case 0:return m-=w,m+w}}R.forEach((v,w)=>{if(v.show&&v._show){let k=v.side;v._pos=g(k,v._size),v.label!=null&&(v._lpos=g(k,v.labelSize))}})}if(U.dataIdx==null){let l=U.hover,u=l.skip=new Set(l.skip??[]);u.add(void 0);let h=l.prox=ie(l.prox),m=l.bias??=0;U.dataIdx=(g,v,w,k)=>{if(v==0)return w;let M=w,P=h(g,v,w,k)??be,L=P>=0&&P<be,I=T.ori==0?X:D,Z=U.left,ce=n[0],le=n[v];if(u.has(le[w])){M=null;let se=null,K=null,V;if(m==0||m==-1)for(V=w;se==null&&V-- >0;)u.has(le[V])||(se=V);if(m==0||m==1)for(V=w;K==null&&V++<le.length;)u.has(le[V])||(K=V);if(se!=null||K!=null)if(L){let we=se==null?-1/0:F(ce[se],T,I,0),ze=K==null?1/0:F(ce[K],T,I,0),Ze=Z-we,ge=ze-Z;Ze<=ge?Ze<=P&&(M=se):ge<=P&&(M=K)}else M=K==null?se:se==null?K:w-se<=K-w?se:K}else L&&Ue(Z-F(ce[w],T,I,0))>P&&(M=null);return M}}let As=l=>{U.event=l};U.idxs=fe,U._lock=!1;let et=U.points;et.show=ie(et.show),et.size=ie(et.size),et.stroke=ie(et.stroke),et.width=ie(et.width),et.fill=ie(et.fill);let Zt=s.focus=De({},t.focus||{alpha:.3},U.focus),Js=Zt.prox>=0,Qs=Js&&et.one,Tt=[],Xs=[],Bs=[];function go(l,u){let h=et.show(s,u);if(h instanceof HTMLElement)return xt(h,Fu),xt(h,l.class),es(h,-10,-10,X,D),S.insertBefore(h,Tt[u]),h}function bo(l,u){if(i==1||u>0){let h=i==1&&E[l.scale].time,m=l.value;l.value=h?El(m)?Pl(re,Rl(m,j)):m||oe:m||eh,l.label=l.label||(h?Kd:qd)}if(Qs||u>0){l.width=l.width==null?1:l.width,l.paths=l.paths||ph||id,l.fillTo=ie(l.fillTo||rh),l.pxAlign=+ae(l.pxAlign,C),l.pxRound=Vl(l.pxAlign),l.stroke=ie(l.stroke||null),l.fill=ie(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let h=th(ot(1,l.width),1),m=l.points=De({},{size:h,width:ot(1,h*.2),stroke:l.stroke,space:h*2,paths:fh,_stroke:null,_fill:null},l.points);m.show=ie(m.show),m.filter=ie(m.filter),m.fill=ie(m.fill),m.stroke=ie(m.stroke),m.paths=ie(m.paths),m.pxAlign=l.pxAlign}if(Oe){let h=si(l,u);Ce.splice(u,0,h[0]),Gt.splice(u,0,h[1]),te.values.push(null)}if(tt){fe.splice(u,0,null);let h=null;Qs?u==0&&(h=go(l,u)):u>0&&(h=go(l,u)),Tt.splice(u,0,h),Xs.splice(u,0,0),Bs.splice(u,0,0)}Ye("addSeries",u)}function Uc(l,u){u=u??_.length,l=i==1?jr(l,u,Nl,Fl):jr(l,u,{},Hl),_.splice(u,0,l),bo(_[u],u)}s.addSeries=Uc;function Vc(l){if(_.splice(l,1),Oe){te.values.splice(l,1),Gt.splice(l,1);let u=Ce.splice(l,1)[0];Gs(null,u.firstChild),u.remove()}tt&&(fe.splice(l,1),Tt.splice(l,1)[0].remove(),Xs.splice(l,1),Bs.splice(l,1)),Ye("delSeries",l)}s.delSeries=Vc;let Ts=[!1,!1,!1,!1];function jc(l,u){if(l._show=l.show,l.show){let h=l.side%2,m=E[l.scale];m==null&&(l.scale=h?_[1].scale:O,m=E[l.scale]);let g=m.time;l.size=ie(l.size),l.space=ie(l.space),l.rotate=ie(l.rotate),vs(l.incrs)&&l.incrs.forEach(w=>{!ys.has(w)&&ys.set(w,ta(w))}),l.incrs=ie(l.incrs||(m.distr==2?Ed:g?z==1?Ad:zd:Hs)),l.splits=ie(l.splits||(g&&m.distr==1?ut:m.distr==3?Hr:m.distr==4?Zd:Yd)),l.stroke=ie(l.stroke),l.grid.stroke=ie(l.grid.stroke),l.ticks.stroke=ie(l.ticks.stroke),l.border.stroke=ie(l.border.stroke);let v=l.values;l.values=vs(v)&&!vs(v[0])?ie(v):g?vs(v)?zl(re,Cl(v,j)):El(v)?Ld(re,v):v||Ee:v||Gd,l.filter=ie(l.filter||(m.distr>=3&&m.log==10?Xd:m.distr==3&&m.log==2?Bd:Bl)),l.font=Kl(l.font),l.labelFont=Kl(l.labelFont),l._size=l.size(s,null,u,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(Ts[u]=!0,l._el=Rt(Du,b))}}function Tn(l,u,h,m){let[g,v,w,k]=h,M=u%2,P=0;return M==0&&(k||v)&&(P=u==0&&!g||u==2&&!w?Fe(Ll.size/3):0),M==1&&(g||w)&&(P=u==1&&!v||u==3&&!k?Fe(Il.size/2):0),P}let vo=s.padding=(t.padding||[Tn,Tn,Tn,Tn]).map(l=>ie(ae(l,Tn))),hs=s._padding=vo.map((l,u)=>l(s,u,Ts,0)),Je,We=null,qe=null,ri=i==1?_[0].idxs:null,Ot=null,Cn=!1;function yo(l,u){if(n=l??[],s.data=s._data=n,i==2){Je=0;for(let h=1;h<_.length;h++)Je+=n[h][0].length}else{n.length==0&&(s.data=s._data=n=[[]]),Ot=n[0],Je=Ot.length;let h=n;if(B==2){h=n.slice();let m=h[0]=Array(Je);for(let g=0;g<Je;g++)m[g]=g}s._data=n=h}if(tn(!0),Ye("setData"),B==2&&(Zs=!0),u!==!1){let h=T;h.auto(s,Cn)?Yi():ps(O,h.min,h.max),Ms=Ms||U.left>=0,At=!0,sn()}}s.setData=yo;function Yi(){Cn=!0;let l,u;i==1&&(Je>0?(We=ri[0]=0,qe=ri[1]=Je-1,l=n[0][We],u=n[0][qe],B==2?(l=We,u=qe):l==u&&(B==3?[l,u]=Mi(l,l,T.log,!1):B==4?[l,u]=Gr(l,l,T.log,!1):T.time?u=l+Fe(86400/z):[l,u]=Si(l,u,Yr,!0))):(We=ri[0]=l=null,qe=ri[1]=u=null)),ps(O,l,u)}let oi,en,Zi,Ji,Qi,Xi,Bi,er,tr,ht;function xo(l,u,h,m,g,v){l??=cl,h??=Jr,m??="butt",g??=cl,v??="round",l!=oi&&(p.strokeStyle=oi=l),g!=en&&(p.fillStyle=en=g),u!=Zi&&(p.lineWidth=Zi=u),v!=Qi&&(p.lineJoin=Qi=v),m!=Xi&&(p.lineCap=Xi=m),h!=Ji&&p.setLineDash(Ji=h)}function _o(l,u,h,m){u!=en&&(p.fillStyle=en=u),l!=Bi&&(p.font=Bi=l),h!=er&&(p.textAlign=er=h),m!=tr&&(p.textBaseline=tr=m)}function sr(l,u,h,m,g=0){if(m.length>0&&l.auto(s,Cn)&&(u==null||u.min==null)){let v=ae(We,0),w=ae(qe,m.length-1),k=h.min==null?Xu(m,v,w,g,l.distr==3):[h.min,h.max];l.min=jt(l.min,h.min=k[0]),l.max=ot(l.max,h.max=k[1])}}let wo={min:null,max:null};function Wc(){for(let m in E){let g=E[m];W[m]==null&&(g.min==null||W[O]!=null&&g.auto(s,Cn))&&(W[m]=wo)}for(let m in E){let g=E[m];W[m]==null&&g.from!=null&&W[g.from]!=null&&(W[m]=wo)}W[O]!=null&&tn(!0);let l={};for(let m in W){let g=W[m];if(g!=null){let v=l[m]=vn(E[m],ld);if(g.min!=null)De(v,g);else if(m!=O||i==2)if(Je==0&&v.from==null){let w=v.range(s,null,null,m);v.min=w[0],v.max=w[1]}else v.min=be,v.max=-be}}if(Je>0){_.forEach((m,g)=>{if(i==1){let v=m.scale,w=W[v];if(w==null)return;let k=l[v];if(g==0){let M=k.range(s,k.min,k.max,v);k.min=M[0],k.max=M[1],We=Vt(k.min,n[0]),qe=Vt(k.max,n[0]),qe-We>1&&(n[0][We]<k.min&&We++,n[0][qe]>k.max&&qe--),m.min=Ot[We],m.max=Ot[qe]}else m.show&&m.auto&&sr(k,w,m,n[g],m.sorted);m.idxs[0]=We,m.idxs[1]=qe}else if(g>0&&m.show&&m.auto){let[v,w]=m.facets,k=v.scale,M=w.scale,[P,L]=n[g],I=l[k],Z=l[M];I!=null&&sr(I,W[k],v,P,v.sorted),Z!=null&&sr(Z,W[M],w,L,w.sorted),m.min=w.min,m.max=w.max}});for(let m in l){let g=l[m],v=W[m];if(g.from==null&&(v==null||v.min==null)){let w=g.range(s,g.min==be?null:g.min,g.max==-be?null:g.max,m);g.min=w[0],g.max=w[1]}}}for(let m in l){let g=l[m];if(g.from!=null){let v=l[g.from];if(v.min==null)g.min=g.max=null;else{let w=g.range(s,v.min,v.max,m);g.min=w[0],g.max=w[1]}}}let u={},h=!1;for(let m in l){let g=l[m],v=E[m];if(v.min!=g.min||v.max!=g.max){v.min=g.min,v.max=g.max;let w=v.distr;v._min=w==3?ls(v.min):w==4?Cr(v.min,v.asinh):w==100?v.fwd(v.min):v.min,v._max=w==3?ls(v.max):w==4?Cr(v.max,v.asinh):w==100?v.fwd(v.max):v.max,u[m]=h=!0}}if(h){_.forEach((m,g)=>{i==2?g>0&&u.y&&(m._paths=null):u[m.scale]&&(m._paths=null)});for(let m in u)Zs=!0,Ye("setScale",m);tt&&U.left>=0&&(Ms=At=!0)}for(let m in W)W[m]=null}function qc(l){let u=Or(We-1,0,Je-1),h=Or(qe+1,0,Je-1);for(;l[u]==null&&u>0;)u--;for(;l[h]==null&&h<Je-1;)h++;return[u,h]}function Kc(){if(Je>0){let l=_.some(u=>u._focus)&&ht!=Zt.alpha;l&&(p.globalAlpha=ht=Zt.alpha),_.forEach((u,h)=>{if(h>0&&u.show&&($o(h,!1),$o(h,!0),u._paths==null)){let m=ht;ht!=u.alpha&&(p.globalAlpha=ht=u.alpha);let g=i==2?[0,n[h][0].length-1]:qc(n[h]);u._paths=u.paths(s,h,g[0],g[1]),ht!=m&&(p.globalAlpha=ht=m)}}),_.forEach((u,h)=>{if(h>0&&u.show){let m=ht;ht!=u.alpha&&(p.globalAlpha=ht=u.alpha),u._paths!=null&&So(h,!1);{let g=u._paths!=null?u._paths.gaps:null,v=u.points.show(s,h,We,qe,g),w=u.points.filter(s,h,v,g);(v||w)&&(u.points._paths=u.points.paths(s,h,We,qe,w),So(h,!0))}ht!=m&&(p.globalAlpha=ht=m),Ye("drawSeries",h)}}),l&&(p.globalAlpha=ht=1)}}function $o(l,u){let h=u?_[l].points:_[l];h._stroke=h.stroke(s,l),h._fill=h.fill(s,l)}function So(l,u){let h=u?_[l].points:_[l],{stroke:m,fill:g,clip:v,flags:w,_stroke:k=h._stroke,_fill:M=h._fill,_width:P=h.width}=h._paths;P=ve(P*ue,3);let L=null,I=P%2/2;u&&M==null&&(M=P>0?"#fff":k);let Z=h.pxAlign==1&&I>0;if(Z&&p.translate(I,I),!u){let ce=gt-P/2,le=Mt-P/2,se=dt+P,K=It+P;L=new Path2D,L.rect(ce,le,se,K)}u?nr(k,P,h.dash,h.cap,M,m,g,w,v):Gc(l,k,P,h.dash,h.cap,M,m,g,w,L,v),Z&&p.translate(-I,-I)}function Gc(l,u,h,m,g,v,w,k,M,P,L){let I=!1;M!=0&&q.forEach((Z,ce)=>{if(Z.series[0]==l){let le=_[Z.series[1]],se=n[Z.series[1]],K=(le._paths||Zn).band;vs(K)&&(K=Z.dir==1?K[0]:K[1]);let V,we=null;le.show&&K&&ed(se,We,qe)?(we=Z.fill(s,ce)||v,V=le._paths.clip):K=null,nr(u,h,m,g,we,w,k,M,P,L,V,K),I=!0}}),I||nr(u,h,m,g,v,w,k,M,P,L)}let ko=yn|Ur;function nr(l,u,h,m,g,v,w,k,M,P,L,I){xo(l,u,h,m,g),(M||P||I)&&(p.save(),M&&p.clip(M),P&&p.clip(P)),I?(k&ko)==ko?(p.clip(I),L&&p.clip(L),ai(g,w),li(l,v,u)):k&Ur?(ai(g,w),p.clip(I),li(l,v,u)):k&yn&&(p.save(),p.clip(I),L&&p.clip(L),ai(g,w),p.restore(),li(l,v,u)):(ai(g,w),li(l,v,u)),(M||P||I)&&p.restore()}function li(l,u,h){h>0&&(u instanceof Map?u.forEach((m,g)=>{p.strokeStyle=oi=g,p.stroke(m)}):u!=null&&l&&p.stroke(u))}function ai(l,u){u instanceof Map?u.forEach((h,m)=>{p.fillStyle=en=m,p.fill(h)}):u!=null&&l&&p.fill(u)}function Yc(l,u,h,m){let g=R[l],v;if(m<=0)v=[0,0];else{let w=g._space=g.space(s,l,u,h,m),k=g._incrs=g.incrs(s,l,u,h,m,w);v=_h(u,h,k,m,w)}return g._found=v}function ir(l,u,h,m,g,v,w,k,M,P){let L=w%2/2;C==1&&p.translate(L,L),xo(k,w,M,P,k),p.beginPath();let I,Z,ce,le,se=g+(m==0||m==3?-v:v);h==0?(Z=g,le=se):(I=g,ce=se);for(let K=0;K<l.length;K++)u[K]!=null&&(h==0?I=ce=l[K]:Z=le=l[K],p.moveTo(I,Z),p.lineTo(ce,le));p.stroke(),C==1&&p.translate(-L,-L)}function Zc(l){let u=!0;return R.forEach((h,m)=>{if(!h.show)return;let g=E[h.scale];if(g.min==null){h._show&&(u=!1,h._show=!1,tn(!1));return}else h._show||(u=!1,h._show=!0,tn(!1));let v=h.side,w=v%2,{min:k,max:M}=g,[P,L]=Yc(m,k,M,w==0?X:D);if(L==0)return;let I=g.distr==2,Z=h._splits=h.splits(s,m,k,M,P,L,I),ce=g.distr==2?Z.map(V=>Ot[V]):Z,le=g.distr==2?Ot[Z[1]]-Ot[Z[0]]:P,se=h._values=h.values(s,h.filter(s,ce,m,L,le),m,L,le);h._rotate=v==2?h.rotate(s,se,m,L):0;let K=h._size;h._size=Pt(h.size(s,se,m,l)),K!=null&&h._size!=K&&(u=!1)}),u}function Jc(l){let u=!0;return vo.forEach((h,m)=>{let g=h(s,m,Ts,l);g!=hs[m]&&(u=!1),hs[m]=g}),u}function Qc(){for(let l=0;l<R.length;l++){let u=R[l];if(!u.show||!u._show)continue;let h=u.side,m=h%2,g,v,w=u.stroke(s,l),k=h==0||h==3?-1:1,[M,P]=u._found;if(u.label!=null){let it=u.labelGap*k,yt=Fe((u._lpos+it)*ue);_o(u.labelFont[0],w,"center",h==2?"top":al),p.save(),m==1?(g=v=0,p.translate(yt,Fe(Mt+It/2)),p.rotate((h==3?-wi:wi)/2)):(g=Fe(gt+dt/2),v=yt);let Rs=Ql(u.label)?u.label(s,l,M,P):u.label;p.fillText(Rs,g,v),p.restore()}if(P==0)continue;let L=E[u.scale],I=m==0?dt:It,Z=m==0?gt:Mt,ce=u._splits,le=L.distr==2?ce.map(it=>Ot[it]):ce,se=L.distr==2?Ot[ce[1]]-Ot[ce[0]]:M,K=u.ticks,V=u.border,we=K.show?K.size:0,ze=Fe(we*ue),Ze=Fe((u.alignTo==2?u._size-we-u.gap:u.gap)*ue),ge=u._rotate*-wi/180,Re=A(u._pos*ue),bt=(ze+Ze)*k,nt=Re+bt;v=m==0?nt:0,g=m==1?nt:0;let Ct=u.font[0],Ht=u.align==1?mn:u.align==2?Mr:ge>0?mn:ge<0?Mr:m==0?"center":h==3?Mr:mn,Xt=ge||m==1?"middle":h==2?"top":al;_o(Ct,w,Ht,Xt);let vt=u.font[1]*u.lineGap,zt=ce.map(it=>A(a(it,L,I,Z))),Ft=u._values;for(let it=0;it<Ft.length;it++){let yt=Ft[it];if(yt!=null){m==0?g=zt[it]:v=zt[it],yt=""+yt;let Rs=yt.indexOf(`
`)==-1?[yt]:yt.split(/\n/gm);for(let rt=0;rt<Rs.length;rt++){let Wo=Rs[rt];ge?(p.save(),p.translate(g,v+rt*vt),p.rotate(ge),p.fillText(Wo,0,0),p.restore()):p.fillText(Wo,g,v+rt*vt)}}}K.show&&ir(zt,K.filter(s,le,l,P,se),m,h,Re,ze,ve(K.width*ue,3),K.stroke(s,l),K.dash,K.cap);let Bt=u.grid;Bt.show&&ir(zt,Bt.filter(s,le,l,P,se),m,m==0?2:1,m==0?Mt:gt,m==0?It:dt,ve(Bt.width*ue,3),Bt.stroke(s,l),Bt.dash,Bt.cap),V.show&&ir([Re],[1],m==0?1:0,m==0?1:2,m==1?Mt:gt,m==1?It:dt,ve(V.width*ue,3),V.stroke(s,l),V.dash,V.cap)}Ye("drawAxes")}function tn(l){_.forEach((u,h)=>{h>0&&(u._paths=null,l&&(i==1?(u.min=null,u.max=null):u.facets.forEach(m=>{m.min=null,m.max=null})))})}let ci=!1,rr=!1,zn=[];function Xc(){rr=!1;for(let l=0;l<zn.length;l++)Ye(...zn[l]);zn.length=0}function sn(){ci||(pd(Eo),ci=!0)}function Bc(l,u=!1){ci=!0,rr=u,l(s),Eo(),u&&zn.length>0&&queueMicrotask(Xc)}s.batch=Bc;function Eo(){if(Ki&&(Wc(),Ki=!1),Zs&&(Ic(),Zs=!1),ni){if($e(y,mn,ye),$e(y,"top",He),$e(y,qn,X),$e(y,Kn,D),$e(S,mn,ye),$e(S,"top",He),$e(S,qn,X),$e(S,Kn,D),$e(b,qn,is),$e(b,Kn,Ss),f.width=Fe(is*ue),f.height=Fe(Ss*ue),R.forEach(({_el:l,_show:u,_size:h,_pos:m,side:g})=>{if(l!=null)if(u){let v=g===3||g===0?h:0,w=g%2==1;$e(l,w?"left":"top",m-v),$e(l,w?"width":"height",h),$e(l,w?"top":"left",w?He:ye),$e(l,w?"height":"width",w?D:X),Dr(l,Fs)}else xt(l,Fs)}),oi=en=Zi=Qi=Xi=Bi=er=tr=Ji=null,ht=1,Ln(!0),ye!=Ys||He!=ks||X!=Yt||D!=Es){tn(!1);let l=X/Yt,u=D/Es;if(tt&&!Ms&&U.left>=0){U.left*=l,U.top*=u,nn&&es(nn,Fe(U.left),0,X,D),rn&&es(rn,0,Fe(U.top),X,D);for(let h=0;h<Tt.length;h++){let m=Tt[h];m!=null&&(Xs[h]*=l,Bs[h]*=u,es(m,Pt(Xs[h]),Pt(Bs[h]),X,D))}}if(_e.show&&!ii&&_e.left>=0&&_e.width>0){_e.left*=l,_e.width*=l,_e.top*=u,_e.height*=u;for(let h in dr)$e(an,h,_e[h])}Ys=ye,ks=He,Yt=X,Es=D}Ye("setSize"),ni=!1}is>0&&Ss>0&&(p.clearRect(0,0,f.width,f.height),Ye("drawClear"),Q.forEach(l=>l()),Ye("draw")),_e.show&&ii&&(ui(_e),ii=!1),tt&&Ms&&(zs(null,!0,!1),Ms=!1),te.show&&te.live&&At&&(cr(),At=!1),c||(c=!0,s.status=1,Ye("ready")),Cn=!1,ci=!1}s.redraw=(l,u)=>{Zs=u||!1,l!==!1?ps(O,T.min,T.max):sn()};function or(l,u){let h=E[l];if(h.from==null){if(Je==0){let m=h.range(s,u.min,u.max,l);u.min=m[0],u.max=m[1]}if(u.min>u.max){let m=u.min;u.min=u.max,u.max=m}if(Je>1&&u.min!=null&&u.max!=null&&u.max-u.min<1e-16)return;l==O&&h.distr==2&&Je>0&&(u.min=Vt(u.min,n[0]),u.max=Vt(u.max,n[0]),u.min==u.max&&u.max++),W[l]=u,Ki=!0,sn()}}s.setScale=or;let lr,ar,nn,rn,Mo,Ao,on,ln,To,Co,xe,Ae,ms=!1,Qe=U.drag,Ke=Qe.x,Ge=Qe.y;tt&&(U.x&&(lr=Rt(Ou,S)),U.y&&(ar=Rt(Hu,S)),T.ori==0?(nn=lr,rn=ar):(nn=ar,rn=lr),xe=U.left,Ae=U.top);let _e=s.select=De({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),an=_e.show?Rt(Iu,_e.over?S:y):null;function ui(l,u){if(_e.show){for(let h in l)_e[h]=l[h],h in dr&&$e(an,h,l[h]);u!==!1&&Ye("setSelect")}}s.setSelect=ui;function eu(l){if(_[l].show)Oe&&Dr(Ce[l],Fs);else if(Oe&&xt(Ce[l],Fs),tt){let h=Qs?Tt[0]:Tt[l];h!=null&&es(h,-10,-10,X,D)}}function ps(l,u,h){or(l,{min:u,max:h})}function Jt(l,u,h,m){u.focus!=null&&ru(l),u.show!=null&&_.forEach((g,v)=>{v>0&&(l==v||l==null)&&(g.show=u.show,eu(v),i==2?(ps(g.facets[0].scale,null,null),ps(g.facets[1].scale,null,null)):ps(g.scale,null,null),sn())}),h!==!1&&Ye("setSeries",l,u),m&&Nn("setSeries",s,l,u)}s.setSeries=Jt;function tu(l,u){De(q[l],u)}function su(l,u){l.fill=ie(l.fill||null),l.dir=ae(l.dir,-1),u=u??q.length,q.splice(u,0,l)}function nu(l){l==null?q.length=0:q.splice(l,1)}s.addBand=su,s.setBand=tu,s.delBand=nu;function iu(l,u){_[l].alpha=u,tt&&Tt[l]!=null&&(Tt[l].style.opacity=u),Oe&&Ce[l]&&(Ce[l].style.opacity=u)}let rs,fs,Cs,cn={focus:!0};function ru(l){if(l!=Cs){let u=l==null,h=Zt.alpha!=1;_.forEach((m,g)=>{if(i==1||g>0){let v=u||g==0||g==l;m._focus=u?null:v,h&&iu(g,v?1:Zt.alpha)}}),Cs=l,h&&sn()}}Oe&&Js&&st(hl,he,l=>{U._lock||(As(l),Cs!=null&&Jt(null,cn,!0,Ne.setSeries))});function Qt(l,u,h){let m=E[u];h&&(l=l/ue-(m.ori==1?He:ye));let g=X;m.ori==1&&(g=D,l=g-l),m.dir==-1&&(l=g-l);let v=m._min,w=m._max,k=l/g,M=v+(w-v)*k,P=m.distr;return P==3?gn(10,M):P==4?sd(M,m.asinh):P==100?m.bwd(M):M}function ou(l,u){let h=Qt(l,O,u);return Vt(h,n[0],We,qe)}s.valToIdx=l=>Vt(l,n[0]),s.posToIdx=ou,s.posToVal=Qt,s.valToPos=(l,u,h)=>E[u].ori==0?r(l,E[u],h?dt:X,h?gt:0):o(l,E[u],h?It:D,h?Mt:0),s.setCursor=(l,u,h)=>{xe=l.left,Ae=l.top,zs(null,u,h)};function zo(l,u){$e(an,mn,_e.left=l),$e(an,qn,_e.width=u)}function Ro(l,u){$e(an,"top",_e.top=l),$e(an,Kn,_e.height=u)}let Rn=T.ori==0?zo:Ro,Pn=T.ori==1?zo:Ro;function lu(){if(Oe&&te.live)for(let l=i==2?1:0;l<_.length;l++){if(l==0&&Et)continue;let u=te.values[l],h=0;for(let m in u)Gt[l][h++].firstChild.nodeValue=u[m]}}function cr(l,u){if(l!=null&&(l.idxs?l.idxs.forEach((h,m)=>{fe[m]=h}):od(l.idx)||fe.fill(l.idx),te.idx=fe[0]),Oe&&te.live){for(let h=0;h<_.length;h++)(h>0||i==1&&!Et)&&au(h,fe[h]);lu()}At=!1,u!==!1&&Ye("setLegend")}s.setLegend=cr;function au(l,u){let h=_[l],m=l==0&&B==2?Ot:n[l],g;Et?g=h.values(s,l,u)??ds:(g=h.value(s,u==null?null:m[u],l,u),g=g==null?ds:{_:g}),te.values[l]=g}function zs(l,u,h){To=xe,Co=Ae,[xe,Ae]=U.move(s,xe,Ae),U.left=xe,U.top=Ae,tt&&(nn&&es(nn,Fe(xe),0,X,D),rn&&es(rn,0,Fe(Ae),X,D));let m,g=We>qe;rs=be,fs=null;let v=T.ori==0?X:D,w=T.ori==1?X:D;if(xe<0||Je==0||g){m=U.idx=null;for(let k=0;k<_.length;k++){let M=Tt[k];M!=null&&es(M,-10,-10,X,D)}Js&&Jt(null,cn,!0,l==null&&Ne.setSeries),te.live&&(fe.fill(m),At=!0)}else{let k,M,P;i==1&&(k=T.ori==0?xe:Ae,M=Qt(k,O),m=U.idx=Vt(M,n[0],We,qe),P=F(n[0][m],T,v,0));let L=-10,I=-10,Z=0,ce=0,le=!0,se="",K="";for(let V=i==2?1:0;V<_.length;V++){let we=_[V],ze=fe[V],Ze=ze==null?null:i==1?n[V][ze]:n[V][1][ze],ge=U.dataIdx(s,V,m,M),Re=ge==null?null:i==1?n[V][ge]:n[V][1][ge];if(At=At||Re!=Ze||ge!=ze,fe[V]=ge,V>0&&we.show){let bt=ge==null?-10:ge==m?P:F(i==1?n[0][ge]:n[V][0][ge],T,v,0),nt=Re==null?-10:Y(Re,i==1?E[we.scale]:E[we.facets[1].scale],w,0);if(Js&&Re!=null){let Ct=T.ori==1?xe:Ae,Ht=Ue(Zt.dist(s,V,ge,nt,Ct));if(Ht<rs){let Xt=Zt.bias;if(Xt!=0){let vt=Qt(Ct,we.scale),zt=Re>=0?1:-1,Ft=vt>=0?1:-1;Ft==zt&&(Ft==1?Xt==1?Re>=vt:Re<=vt:Xt==1?Re<=vt:Re>=vt)&&(rs=Ht,fs=V)}else rs=Ht,fs=V}}if(At||Qs){let Ct,Ht;T.ori==0?(Ct=bt,Ht=nt):(Ct=nt,Ht=bt);let Xt,vt,zt,Ft,Bt,it,yt=!0,Rs=et.bbox;if(Rs!=null){yt=!1;let rt=Rs(s,V);zt=rt.left,Ft=rt.top,Xt=rt.width,vt=rt.height}else zt=Ct,Ft=Ht,Xt=vt=et.size(s,V);if(it=et.fill(s,V),Bt=et.stroke(s,V),Qs)V==fs&&rs<=Zt.prox&&(L=zt,I=Ft,Z=Xt,ce=vt,le=yt,se=it,K=Bt);else{let rt=Tt[V];rt!=null&&(Xs[V]=zt,Bs[V]=Ft,yl(rt,Xt,vt,yt),bl(rt,it,Bt),es(rt,Pt(zt),Pt(Ft),X,D))}}}}if(Qs){let V=Zt.prox,we=Cs==null?rs<=V:rs>V||fs!=Cs;if(At||we){let ze=Tt[0];ze!=null&&(Xs[0]=L,Bs[0]=I,yl(ze,Z,ce,le),bl(ze,se,K),es(ze,Pt(L),Pt(I),X,D))}}}if(_e.show&&ms)if(l!=null){let[k,M]=Ne.scales,[P,L]=Ne.match,[I,Z]=l.cursor.sync.scales,ce=l.cursor.drag;if(Ke=ce._x,Ge=ce._y,Ke||Ge){let{left:le,top:se,width:K,height:V}=l.select,we=l.scales[I].ori,ze=l.posToVal,Ze,ge,Re,bt,nt,Ct=k!=null&&P(k,I),Ht=M!=null&&L(M,Z);Ct&&Ke?(we==0?(Ze=le,ge=K):(Ze=se,ge=V),Re=E[k],bt=F(ze(Ze,I),Re,v,0),nt=F(ze(Ze+ge,I),Re,v,0),Rn(jt(bt,nt),Ue(nt-bt))):Rn(0,v),Ht&&Ge?(we==1?(Ze=le,ge=K):(Ze=se,ge=V),Re=E[M],bt=Y(ze(Ze,Z),Re,w,0),nt=Y(ze(Ze+ge,Z),Re,w,0),Pn(jt(bt,nt),Ue(nt-bt))):Pn(0,w)}else hr()}else{let k=Ue(To-Mo),M=Ue(Co-Ao);if(T.ori==1){let Z=k;k=M,M=Z}Ke=Qe.x&&k>=Qe.dist,Ge=Qe.y&&M>=Qe.dist;let P=Qe.uni;P!=null?Ke&&Ge&&(Ke=k>=P,Ge=M>=P,!Ke&&!Ge&&(M>k?Ge=!0:Ke=!0)):Qe.x&&Qe.y&&(Ke||Ge)&&(Ke=Ge=!0);let L,I;Ke&&(T.ori==0?(L=on,I=xe):(L=ln,I=Ae),Rn(jt(L,I),Ue(I-L)),Ge||Pn(0,w)),Ge&&(T.ori==1?(L=on,I=xe):(L=ln,I=Ae),Pn(jt(L,I),Ue(I-L)),Ke||Rn(0,v)),!Ke&&!Ge&&(Rn(0,0),Pn(0,0))}if(Qe._x=Ke,Qe._y=Ge,l==null){if(h){if(jo!=null){let[k,M]=Ne.scales;Ne.values[0]=k!=null?Qt(T.ori==0?xe:Ae,k):null,Ne.values[1]=M!=null?Qt(T.ori==1?xe:Ae,M):null}Nn(Ar,s,xe,Ae,X,D,m)}if(Js){let k=h&&Ne.setSeries,M=Zt.prox;Cs==null?rs<=M&&Jt(fs,cn,!0,k):rs>M?Jt(null,cn,!0,k):fs!=Cs&&Jt(fs,cn,!0,k)}}At&&(te.idx=m,cr()),u!==!1&&Ye("setCursor")}let gs=null;Object.defineProperty(s,"rect",{get(){return gs==null&&Ln(!1),gs}});function Ln(l=!1){l?gs=null:(gs=S.getBoundingClientRect(),Ye("syncRect",gs))}function Po(l,u,h,m,g,v,w){U._lock||ms&&l!=null&&l.movementX==0&&l.movementY==0||(ur(l,u,h,m,g,v,w,!1,l!=null),l!=null?zs(null,!0,!0):zs(u,!0,!1))}function ur(l,u,h,m,g,v,w,k,M){if(gs==null&&Ln(!1),As(l),l!=null)h=l.clientX-gs.left,m=l.clientY-gs.top;else{if(h<0||m<0){xe=-10,Ae=-10;return}let[P,L]=Ne.scales,I=u.cursor.sync,[Z,ce]=I.values,[le,se]=I.scales,[K,V]=Ne.match,we=u.axes[0].side%2==1,ze=T.ori==0?X:D,Ze=T.ori==1?X:D,ge=we?v:g,Re=we?g:v,bt=we?m:h,nt=we?h:m;if(le!=null?h=K(P,le)?a(Z,E[P],ze,0):-10:h=ze*(bt/ge),se!=null?m=V(L,se)?a(ce,E[L],Ze,0):-10:m=Ze*(nt/Re),T.ori==1){let Ct=h;h=m,m=Ct}}M&&(u==null||u.cursor.event.type==Ar)&&((h<=1||h>=X-1)&&(h=Os(h,X)),(m<=1||m>=D-1)&&(m=Os(m,D))),k?(Mo=h,Ao=m,[on,ln]=U.move(s,h,m)):(xe=h,Ae=m)}let dr={width:0,height:0,left:0,top:0};function hr(){ui(dr,!1)}let Lo,No,Do,Io;function Oo(l,u,h,m,g,v,w){ms=!0,Ke=Ge=Qe._x=Qe._y=!1,ur(l,u,h,m,g,v,w,!0,!1),l!=null&&(st(Tr,Lr,Ho,!1),Nn(ul,s,on,ln,X,D,null));let{left:k,top:M,width:P,height:L}=_e;Lo=k,No=M,Do=P,Io=L}function Ho(l,u,h,m,g,v,w){ms=Qe._x=Qe._y=!1,ur(l,u,h,m,g,v,w,!1,!0);let{left:k,top:M,width:P,height:L}=_e,I=P>0||L>0,Z=Lo!=k||No!=M||Do!=P||Io!=L;if(I&&Z&&ui(_e),Qe.setScale&&I&&Z){let ce=k,le=P,se=M,K=L;if(T.ori==1&&(ce=M,le=L,se=k,K=P),Ke&&ps(O,Qt(ce,O),Qt(ce+le,O)),Ge)for(let V in E){let we=E[V];V!=O&&we.from==null&&we.min!=be&&ps(V,Qt(se+K,V),Qt(se,V))}hr()}else U.lock&&(U._lock=!U._lock,zs(u,!0,l!=null));l!=null&&(Gs(Tr,Lr),Nn(Tr,s,xe,Ae,X,D,null))}function cu(l,u,h,m,g,v,w){if(U._lock)return;As(l);let k=ms;if(ms){let M=!0,P=!0,L=10,I,Z;T.ori==0?(I=Ke,Z=Ge):(I=Ge,Z=Ke),I&&Z&&(M=xe<=L||xe>=X-L,P=Ae<=L||Ae>=D-L),I&&M&&(xe=xe<on?0:X),Z&&P&&(Ae=Ae<ln?0:D),zs(null,!0,!0),ms=!1}xe=-10,Ae=-10,fe.fill(null),zs(null,!0,!0),k&&(ms=k)}function Fo(l,u,h,m,g,v,w){U._lock||(As(l),Yi(),hr(),l!=null&&Nn(ml,s,xe,Ae,X,D,null))}function Uo(){R.forEach(wh),Gi(s.width,s.height,!0)}Us($i,fn,Uo);let un={};un.mousedown=Oo,un.mousemove=Po,un.mouseup=Ho,un.dblclick=Fo,un.setSeries=(l,u,h,m)=>{let g=Ne.match[2];h=g(s,u,h),h!=-1&&Jt(h,m,!0,!1)},tt&&(st(ul,S,Oo),st(Ar,S,Po),st(dl,S,l=>{As(l),Ln(!1)}),st(hl,S,cu),st(ml,S,Fo),Vr.add(s),s.syncRect=Ln);let di=s.hooks=t.hooks||{};function Ye(l,u,h){rr?zn.push([l,u,h]):l in di&&di[l].forEach(m=>{m.call(null,s,u,h)})}(t.plugins||[]).forEach(l=>{for(let u in l.hooks)di[u]=(di[u]||[]).concat(l.hooks[u])});let Vo=(l,u,h)=>h,Ne=De({key:null,setSeries:!1,filters:{pub:Sl,sub:Sl},scales:[O,_[1]?_[1].scale:null],match:[kl,kl,Vo],values:[null,null]},U.sync);Ne.match.length==2&&Ne.match.push(Vo),U.sync=Ne;let jo=Ne.key,mr=_a(jo);function Nn(l,u,h,m,g,v,w){Ne.filters.pub(l,u,h,m,g,v,w)&&mr.pub(l,u,h,m,g,v,w)}mr.sub(s);function uu(l,u,h,m,g,v,w){Ne.filters.sub(l,u,h,m,g,v,w)&&un[l](null,u,h,m,g,v,w)}s.pub=uu;function du(){mr.unsub(s),Vr.delete(s),$s.clear(),Ir($i,fn,Uo),d.remove(),he?.remove(),Ye("destroy")}s.destroy=du;function pr(){Ye("init",t,n),yo(n||t.data,!1),W[O]?or(O,W[O]):Yi(),ii=_e.show&&(_e.width>0||_e.height>0),Ms=At=!0,Gi(t.width,t.height)}return _.forEach(bo),R.forEach(jc),e?e instanceof HTMLElement?(e.appendChild(d),pr()):e(s,pr):pr(),s}Pe.assign=De;Pe.fmtNum=Zr;Pe.rangeNum=Si;Pe.rangeLog=Mi;Pe.rangeAsinh=Gr;Pe.orient=js;Pe.pxRatio=ue;Pe.join=md;Pe.fmtDate=Qr,Pe.tzDate=Sd;Pe.sync=_a;{Pe.addGap=oh,Pe.clipGaps=Ci;let t=Pe.paths={points:Ma};t.linear=Ta,t.stepped=ch,t.bars=uh,t.spline=hh}function $h(t){switch(t.number_format){case"comma_decimal":return["en-US","en"];case"decimal_comma":return["de","es","it"];case"space_comma":return["fr","sv","cs"];case"system":return;default:return t.language}}function Sh(t){if(t.time_format==="12")return!0;if(t.time_format==="24")return!1}function io(t,n){return t.time_zone==="server"&&n?n:Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}function Lt(t,n){let e=$h(t),s=t.number_format==="none",i=new Map,r=io(t,n),o=Sh(t),a=t.language||"en",c=_=>new Intl.DateTimeFormat(a,{hour12:o,timeZone:r,..._}),d=c({dateStyle:"medium",timeStyle:"short"}),f=c({hour:"numeric",minute:"2-digit"}),p=c({hour:"numeric",minute:"2-digit",second:"2-digit"}),b=c({month:"short",day:"numeric"}),y=c({year:"numeric",month:"short",day:"numeric"}),S=c({weekday:"short",hour:"numeric",minute:"2-digit"}),C=c({year:"numeric",month:"2-digit",day:"2-digit"}),A=c({timeZoneName:"short"}),z=new Intl.RelativeTimeFormat(a,{numeric:"auto"});return{timeZone:r,number(_,R){if(_==null||!Number.isFinite(_))return"—";let E=i.get(R);return E||(E=new Intl.NumberFormat(e,{minimumFractionDigits:R,maximumFractionDigits:R,useGrouping:!s}),i.set(R,E)),E.format(_)},dateTime:_=>d.format(_),time:_=>f.format(_),timeSeconds:_=>p.format(_),date:_=>b.format(_),dateYear:_=>y.format(_),zone:_=>A.formatToParts(_).find(R=>R.type==="timeZoneName")?.value??r,clock:(_,R)=>(C.format(_)===C.format(R)?f:S).format(_),relative(_){let R=Math.max(0,Math.round(_/1e3));if(R<60)return z.format(-R,"second");let E=Math.round(R/60);if(E<60)return z.format(-E,"minute");let q=Math.round(E/60);return q<48?z.format(-q,"hour"):z.format(-Math.round(q/24),"day")}}}function ts(t,n){if(!Number.isFinite(t)||t<0)return"—";let e=Math.floor(t/1e3);if(e<60)return n("duration.seconds",{s:e});let s=Math.floor(e/60);if(s<60)return n("duration.minutes",{m:s});let i=Math.floor(s/60);return i<48?n("duration.hours",{h:i,m:String(s%60).padStart(2,"0")}):n("duration.days",{d:Math.floor(i/24),h:i%24})}function Pa(t,n){if(!Number.isFinite(t))return"—";if(t<6e4)return n("remaining.under_minute");let e=Math.ceil(t/6e4),s=Math.floor(e/60),i=e%60;return s===0?n("remaining.minutes",{m:i}):n("remaining.hours",{h:s,m:String(i).padStart(2,"0")})}function Li(t){let n=t<0,e=Math.round(Math.abs(t)/60),s=Math.floor(e/60),i=e%60,r=s>=48?Math.floor(s/24):0,o=r>0?String(s%24).padStart(2,"0"):String(s),a=`${r>0?`${r}d `:""}${o}:${String(i).padStart(2,"0")}`;return n?`-${a}`:a}var La={"panel.open_sidebar":"Seitenleiste öffnen","panel.back":"Zurück zu den Sitzungen","panel.views":"Brewpit-Ansichten","panel.sessions":"Sitzungen","panel.live":"Live","common.cancel":"Abbrechen","common.close":"Schließen","kind.cook":"Grillen","kind.brew":"Brauen","status.running":"Läuft","status.ended":"Beendet","role.pit":"Garraum","role.meat":"Fleisch","role.wort":"Würze","role.chamber":"Gärkammer","role.gravity":"Stammwürze","role.ambient":"Umgebung","role.other":"Sonstiges","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} T {h} h","remaining.under_minute":"in unter einer Minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filter","list.search_label":"Sitzungen suchen","list.search":"Name, Rezept, Notizen durchsuchen","list.all":"Alle","list.cooks":"Grillsitzungen","list.brews":"Sude","list.status":"Status","list.compare":"Vergleichen ({count})","list.compare_label":"{count} ausgewählte Sitzungen vergleichen","list.new":"Neue Sitzung","list.sessions":"Sitzungen","list.loading":"Sitzungen werden geladen…","list.none":"Keine passenden Sitzungen. Starte eine mit „Neue Sitzung“.","list.select":"{name} zum Vergleich auswählen","list.channels":"{count, plural, one {# Kanal} other {# Kanäle}}","list.max":"{label} max. {value}","form.title":"Neue Sitzung","form.name":"Name","form.kind":"Art","form.recipe":"Rezept","form.og":"Stammwürze (SG)","form.probes":"Fühler","form.loading_probes":"Fühler werden geladen…","form.no_probes":"Noch keine Fühler bekannt; zuerst einen Edge-Knoten koppeln.","form.no_reading":"kein Messwert","form.other_probes":"{count, plural, one {# weiterer Fühler} other {# weitere Fühler}} (beim {kind} unüblich)","form.ha_sensors":"Home-Assistant-Sensoren ({count})","form.search_sensors":"Sensoren nach Name, Gerät oder Bereich suchen","form.other_roles":"Andere Rollen","form.role_of":"Rolle von {probe}","form.target_of":"Zielwert von {probe} in {unit}","form.target_placeholder":"Ziel {unit}","form.in_use":"Wird in {sessions} verwendet (läuft)","form.share":"Auch hier verwenden (geteilt mit {sessions})","form.confirm_share_first":"{probe} gehört schon zu einer laufenden Sitzung: Teilen bestätigen oder weglassen.","form.start":"Sitzung starten","detail.loading":"Sitzung wird geladen…","detail.live_unavailable":"Live-Daten nicht verfügbar: {error}","detail.export_csv":"CSV exportieren","detail.export_failed":"Der CSV-Export ist fehlgeschlagen (HTTP {status}).","detail.started":"Begonnen {time}","detail.ended":"beendet {time}","detail.chart":"Diagramm","detail.chart_of":"Diagramm {name}","detail.pan_earlier":"Früher","detail.pan_later":"Später","detail.zoom_in":"Vergrößern","detail.zoom_out":"Verkleinern","detail.reset_zoom":"Zoom zurücksetzen","detail.back_to_live":"Zurück zu live","detail.range_live":"Live · ganze Sitzung","detail.range_live_window":"Live · letzte {duration}","detail.range_whole":"Ganze Sitzung","detail.downsampled":"verdichtet","detail.no_channels":"Diese Sitzung hat noch keine Kanäle.","detail.end":"Sitzung beenden","detail.confirm_end":"Beenden bestätigen","detail.confirm_end_group":"Beenden der Sitzung bestätigen","figures.title":"Kennzahlen","figures.title_in_view":"Kennzahlen im Ausschnitt","figures.channel":"Kanal","figures.now":"Jetzt","figures.min":"Min.","figures.max":"Max.","figures.target":"Ziel","notes.title":"Notizen und Warnungen","notes.text":"Notiztext","notes.placeholder":"Notiz hinzufügen, z. B. in Metzgerpapier gewickelt","notes.add":"Notiz hinzufügen","notes.at_picked":"Um {time} (im Diagramm gewählt)","notes.use_now":"jetzt verwenden","notes.at_now":"Zur aktuellen Zeit; ins Diagramm klicken, um einen anderen Zeitpunkt zu wählen.","notes.none":"Noch keine Notizen.","notes.kind.note":"Notiz","notes.kind.alert":"Warnung","notes.kind.event":"Ereignis","predictions.probe":"Fühler {id}","predictions.reached":"Ziel erreicht","predictions.reached_at":"erreicht um {time}","predictions.soon":"Bald fertig","predictions.band":"zwischen {low} und {high}","predictions.stall_on":"Im Plateau seit {time} ({duration})","predictions.stall_over":"{duration} im Plateau, steigt wieder seit {time}","predictions.gravity":"Dichte {value}","predictions.attenuation":"{value} % Vergärungsgrad","predictions.abv":"{value} % Alkohol","predictions.finished":"Fertig","eta.reason.warming_up":"wärmt sich auf","eta.reason.stall":"im Plateau — Schätzung folgt, sobald die Temperatur wieder steigt","eta.reason.no_progress":"erwärmt sich noch nicht messbar","eta.reason.no_pit":"braucht einen Garraumfühler in dieser Sitzung","eta.reason.pit_below_target":"der Garraum ist zu kühl für das Ziel","eta.reason.fit_poor":"Messwerte noch zu unruhig für eine Schätzung","eta.reason.too_far":"mehr als 12 Stunden entfernt","eta.reason.no_target":"kein Ziel gesetzt","eta.reason.other":"noch keine Schätzung","chart.role":"Diagramm","chart.hint":"Ziehen zum Zoomen; Pfeiltasten verschieben, Plus und Minus zoomen, 0 setzt zurück.","chart.legend":"Legende","chart.elapsed_axis":"Dauer (h:mm)","chart.target":"{label} Ziel {value}","chart.eta":"fertig {time}","chart.reached":"erreicht","chart.stall":"Plateau","chart.stall_of":"{label}: Plateau","compare.pick":"Zwei oder mehr Sitzungen in der Liste wählen, um sie zu vergleichen.","compare.go_to_sessions":"Zu den Sitzungen","compare.title":"{count} Sitzungen vergleichen","compare.role_compared":"{role} im Vergleich","compare.chart_label":"{role} von {count} Sitzungen nach Dauer","compare.nothing":"Diese Sitzungen haben keine vergleichbaren Kanäle.","live.loading":"Fühler werden geladen…","live.no_probes":"Noch keine Fühler. Einen Edge-Knoten koppeln, um ihn hier zu sehen.","live.node":"Knoten {name}","live.unavailable":"Nicht verfügbar","live.last_seen":"zuletzt gesehen {when}","live.never_seen":"nie gesehen"};var ro={"panel.open_sidebar":"Open the sidebar","panel.back":"Back to sessions","panel.views":"Brewpit views","panel.sessions":"Sessions","panel.live":"Live","common.cancel":"Cancel","common.close":"Close","kind.cook":"Cook","kind.brew":"Brew","status.running":"Running","status.ended":"Ended","role.pit":"Pit","role.meat":"Meat","role.wort":"Wort","role.chamber":"Chamber","role.gravity":"Gravity","role.ambient":"Ambient","role.other":"Other","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} d {h} h","remaining.under_minute":"in under a minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filters","list.search_label":"Search sessions","list.search":"Search name, recipe, notes","list.all":"All","list.cooks":"Cooks","list.brews":"Brews","list.status":"Status","list.compare":"Compare ({count})","list.compare_label":"Compare {count} selected sessions","list.new":"New session","list.sessions":"Sessions","list.loading":"Loading sessions…","list.none":"No sessions match. Start one with “New session”.","list.select":"Select {name} for comparison","list.channels":"{count, plural, one {# channel} other {# channels}}","list.max":"{label} max {value}","form.title":"New session","form.name":"Name","form.kind":"Kind","form.recipe":"Recipe","form.og":"Original gravity","form.probes":"Probes","form.loading_probes":"Loading probes…","form.no_probes":"No probes known yet; pair an edge node first.","form.no_reading":"no reading","form.other_probes":"{count, plural, one {# more probe} other {# more probes}} (not usual in a {kind})","form.ha_sensors":"Home Assistant sensors ({count})","form.search_sensors":"Search sensors by name, device or area","form.other_roles":"Other roles","form.role_of":"Role of {probe}","form.target_of":"Target of {probe} in {unit}","form.target_placeholder":"target {unit}","form.in_use":"In use in {sessions} (running)","form.share":"Also use it here (shared with {sessions})","form.confirm_share_first":"{probe} is already part of a running session: confirm sharing it, or leave it out.","form.start":"Start session","detail.loading":"Loading session…","detail.live_unavailable":"Live updates unavailable: {error}","detail.export_csv":"Export CSV","detail.export_failed":"The CSV export failed (HTTP {status}).","detail.started":"Started {time}","detail.ended":"ended {time}","detail.og":"OG {value}","detail.chart":"Chart","detail.chart_of":"{name} chart","detail.pan_earlier":"Pan earlier","detail.pan_later":"Pan later","detail.zoom_in":"Zoom in","detail.zoom_out":"Zoom out","detail.reset_zoom":"Reset zoom","detail.back_to_live":"Back to live","detail.range_live":"Live · whole session","detail.range_live_window":"Live · last {duration}","detail.range_whole":"Whole session","detail.downsampled":"downsampled","detail.no_channels":"This session has no channels yet.","detail.end":"End session","detail.confirm_end":"Confirm end","detail.confirm_end_group":"Confirm ending the session","figures.title":"Key figures","figures.title_in_view":"Key figures in view","figures.channel":"Channel","figures.now":"Now","figures.min":"Min","figures.max":"Max","figures.target":"Target","notes.title":"Notes and alerts","notes.text":"Note text","notes.placeholder":"Add a note, e.g. wrapped in butcher paper","notes.add":"Add note","notes.at_picked":"At {time} (picked on the chart)","notes.use_now":"use now","notes.at_now":"At the current time; click the chart to pick another moment.","notes.none":"No notes yet.","notes.kind.note":"note","notes.kind.alert":"alert","notes.kind.event":"event","predictions.probe":"Probe {id}","predictions.reached":"Target reached","predictions.reached_at":"reached at {time}","predictions.soon":"Done soon","predictions.band":"between {low} and {high}","predictions.stall_on":"In the stall since {time} ({duration})","predictions.stall_over":"Stalled for {duration}, climbing again since {time}","predictions.gravity":"Gravity {value}","predictions.attenuation":"{value} % attenuation","predictions.abv":"{value} % ABV","predictions.finished":"Finished","eta.reason.warming_up":"warming up","eta.reason.stall":"in the stall — estimate resumes when the temperature climbs again","eta.reason.no_progress":"not heating up measurably yet","eta.reason.no_pit":"needs a pit probe in this session","eta.reason.pit_below_target":"the pit is not hot enough to reach the target","eta.reason.fit_poor":"readings too uneven for an estimate yet","eta.reason.too_far":"more than 12 hours away","eta.reason.no_target":"no target set","eta.reason.other":"no estimate yet","chart.role":"chart","chart.hint":"Drag to zoom; arrow keys pan, plus and minus zoom, 0 resets.","chart.legend":"Legend","chart.elapsed_axis":"Elapsed (h:mm)","chart.target":"{label} target {value}","chart.target_note":"{label} {value} · {note}","chart.eta":"ETA {time}","chart.reached":"reached","chart.stall":"Stall","chart.stall_of":"{label}: stall","compare.pick":"Pick two or more sessions in the list to compare them.","compare.go_to_sessions":"Go to sessions","compare.title":"Compare {count} sessions","compare.role_compared":"{role} compared","compare.chart_label":"{role} of {count} sessions by elapsed time","compare.nothing":"These sessions have no channels to compare.","live.loading":"Loading probes…","live.no_probes":"No probes yet. Pair an edge node to see it here.","live.node":"Node {name}","live.unavailable":"Unavailable","live.last_seen":"last seen {when}","live.never_seen":"never seen"};var oo={en:ro,de:La};function kh(t){let n=(t||"en").toLowerCase();if(oo[n])return n;let e=n.split(/[-_]/)[0];return oo[e]?e:"en"}function Da(t,n){let e=0;for(let s=n;s<t.length;s++)if(t[s]==="{")e++;else if(t[s]==="}"&&--e===0)return s;return-1}function Eh(t){let n=new Map,e=0;for(;e<t.length;){let s=t.indexOf("{",e);if(s<0)break;let i=Da(t,s);if(i<0)break;n.set(t.slice(e,s).trim(),t.slice(s+1,i)),e=i+1}return n}function Ia(t,n,e,s){let i="",r=0;for(;r<t.length;){let o=t.indexOf("{",r);if(o<0){i+=t.slice(r);break}i+=t.slice(r,o);let a=Da(t,o);if(a<0){i+=t.slice(o);break}let c=t.slice(o+1,a),d=c.indexOf(",");if(d<0){let f=n[c.trim()];i+=f===void 0?"":String(f)}else{let f=c.slice(0,d).trim(),p=c.slice(d+1),b=p.slice(p.indexOf(",")+1),y=Number(n[f]??0),S=Eh(b),C=S.get(`=${y}`)??S.get(e.select(y))??S.get("other")??"";i+=Ia(C.replace(/#/g,s(y)),n,e,s)}r=a+1}return i}var Na=new Map;function Se(t){let n=kh(t),e=Na.get(n);if(e)return e;let s=oo[n],i=new Intl.PluralRules(n),r=new Intl.NumberFormat(n),o=a=>r.format(a);return e=(a,c={})=>Ia(s[a]??ro[a],c,i,o),Na.set(n,e),e}function mt(t){return t.locale?.language||t.language||"en"}var Oa=["#4269d0","#f4bd4a","#ff725c","#6cc5b0","#a463f2","#ff8ab7","#9c6b4e","#97bbf5","#01ab63","#9498a0","#094bad","#c99000","#d84f3e","#49a28f","#048732"];function Ni(t){let n=(e,s)=>t(e).trim()||s;return{series:Oa.map((e,s)=>n(`--graph-color-${s+1}`,e)),text:n("--secondary-text-color","#727272"),grid:n("--divider-color","rgba(0, 0, 0, 0.12)"),axis:n("--secondary-text-color","#727272"),background:n("--card-background-color","#ffffff"),note:n("--primary-color","#03a9f4"),alert:n("--error-color","#db4437"),event:n("--secondary-text-color","#727272"),stall:n("--warning-color","#ffa600"),warning:n("--warning-color","#ffa600"),success:n("--success-color","#43a047")}}function cs(t,n){let e=t.series.length?t.series:Oa;return e[(n%e.length+e.length)%e.length]}var Mh=64;function Ah(t,n){for(let e=0;e<=Mh;e++)for(let s of[t[n-e],t[n+e]]){if(s!=null)return s;if(s===null)return null}return null}var Wt=class extends me{constructor(){super(...arguments);this.t=Se("en");this.hover=null}render(){let e=this.model,s=this.theme;if(!e||!s)return H;let i=this.hover,r=this.formatters,o=i===null?null:e.xs[i],a=o==null?null:e.xMode==="time"?r?.dateTime(o*1e3)??"":Li(o);return $`<ul aria-label=${this.t("chart.legend")}>
      ${a?$`<li class="when">${a}</li>`:H}
      ${e.series.map((c,d)=>{let f=i===null?this.detail?.(d):void 0,p=i===null?null:Ah(c.values,i);return $`<li>
          <span
            class="swatch ${c.dash?"dashed":""}"
            style=${`--c:${cs(s,c.colorIndex)}`}
          ></span>
          <span class="name">${c.label}</span>
          ${f?$`<span class="detail">${f}</span>`:H}
          ${i===null?H:$`<span class="value">
                  ${p==null?"—":`${r?r.number(p,c.decimals):p} ${c.unit}`}
                </span>`}
        </li>`})}
    </ul>`}};Wt.styles=Le`
    ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0 0;
      padding: 0;
      font-size: 0.875rem;
      min-block-size: 1.5em;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .when,
    .detail {
      color: var(--secondary-text-color);
    }
    .detail {
      font-size: 0.8125rem;
    }
    .value {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
    .swatch {
      inline-size: 14px;
      block-size: 0;
      border-block-start: 3px solid var(--c);
    }
    .swatch.dashed {
      border-block-start-style: dashed;
    }
  `,x([N({attribute:!1})],Wt.prototype,"model",2),x([N({attribute:!1})],Wt.prototype,"theme",2),x([N({attribute:!1})],Wt.prototype,"formatters",2),x([N({attribute:!1})],Wt.prototype,"t",2),x([N({attribute:!1})],Wt.prototype,"detail",2),x([N({attribute:!1})],Wt.prototype,"hover",2),Wt=x([Te("brewpit-chart-legend")],Wt);var Ha='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Fa=[pi(Ha),Le`
    :host {
      display: block;
      color: var(--primary-text-color);
    }
    .wrap {
      border-radius: 4px;
      outline: none;
    }
    .wrap:focus-visible {
      box-shadow: 0 0 0 2px var(--primary-color);
    }
    .plot {
      inline-size: 100%;
      min-block-size: 120px;
    }
    .uplot {
      font-family: inherit;
      inline-size: 100% !important;
    }
    .u-select {
      background: color-mix(in srgb, var(--primary-color) 18%, transparent);
    }
    .u-cursor-x,
    .u-cursor-y {
      border-color: var(--secondary-text-color) !important;
    }
  `];var Qn=86400;function Ua(t){let n=new Set;for(let e of t)if(e){if(n.has(e))return!0;n.add(e)}return!1}function lo(t){let n=new Set;return t.map(e=>n.has(e)?"":(n.add(e),e))}function Va(t,n,e){if(n>=Qn){let o=t.map(a=>e.date(a*1e3));return lo(Ua(o)?t.map(a=>e.dateYear(a*1e3)):o)}let s=o=>{let a="";return t.map(c=>{let d=c*1e3,f=e.date(d),p=f!==a?`${o(d)}
${f}`:o(d);return a=f,p})},i=[n<60?e.timeSeconds:e.time,e.timeSeconds,o=>`${e.timeSeconds(o)} ${e.zone(o)}`],r=[];for(let o of i)if(r=s(o),!Ua(r))return r;return lo(r)}var ja=[60,300,600,900,1800,3600,7200,10800,21600,43200,Qn,2*Qn,7*Qn,14*Qn];function Wa(t){return lo(t.map(n=>Li(n)))}function qa(t,n,e=0){return t.x-e<n.x+n.w&&n.x<t.x+t.w+e&&t.y-e<n.y+n.h&&n.y<t.y+t.h+e}function Ch(t,n){return t.x>=n.x&&t.y>=n.y&&t.x+t.w<=n.x+n.w&&t.y+t.h<=n.y+n.h}function Ka(t,n,e={}){let s=e.gap??2,i=[],r=o=>!Ch(o,n)||i.some(a=>qa(o,a,s))||(e.obstacles??[]).some(a=>qa(o,a,s));for(let o of t){let a=o.candidates.map(d=>({x:d.x,y:d.y,w:o.w,h:o.h})),c=a.find(d=>!r(d)&&!(e.soft?.(d)??!1))??a.find(d=>!r(d));c&&i.push({id:o.id,...c})}return i}var Ga=28,Ya=t=>t.length>Ga?`${t.slice(0,Ga-1)}…`:t;function zh(t){let{left:n,width:e}=t.bbox,s=Math.max(1,Math.ceil(e)),i=new Float32Array(s).fill(1/0),r=new Float32Array(s).fill(-1/0),o=t.data[0],a=o.map(c=>t.valToPos(c,"x",!0)-n);for(let c=1;c<t.series.length;c++){let d=t.series[c];if(!d.show||!d.scale)continue;let f=t.data[c],p=NaN,b=NaN;for(let y=0;y<o.length;y++){let S=f[y];if(S===null){p=NaN;continue}if(S===void 0)continue;let C=a[y],A=t.valToPos(S,d.scale,!0),z=Math.max(0,Math.floor(Number.isNaN(p)?C:Math.min(p,C))),_=Math.min(s-1,Math.ceil(Number.isNaN(p)?C:Math.max(p,C))),R=Number.isNaN(b)?A:Math.min(b,A),E=Number.isNaN(b)?A:Math.max(b,A);for(let q=z;q<=_;q++)R<i[q]&&(i[q]=R),E>r[q]&&(r[q]=E);p=C,b=A}}return{lo:i,hi:r,left:n}}function Rh(t,n){let e=Math.max(0,Math.floor(n.x-t.left)),s=Math.min(t.lo.length-1,Math.ceil(n.x+n.w-t.left));for(let i=e;i<=s;i++)if(t.lo[i]<=n.y+n.h&&t.hi[i]>=n.y)return!0;return!1}function Ph(t,n){let{ctx:e}=t,s=Za(t);for(let i of n.extras.projections){let r=cs(n.theme,i.colorIndex),o=d=>t.valToPos(d,"x",!0),a=d=>t.valToPos(d,i.scale,!0);e.fillStyle=r,e.globalAlpha=.16,e.beginPath(),i.xs.forEach((d,f)=>f===0?e.moveTo(o(d),a(i.hi[f])):e.lineTo(o(d),a(i.hi[f])));for(let d=i.xs.length-1;d>=0;d--)e.lineTo(o(i.xs[d]),a(i.lo[d]));e.closePath(),e.fill(),e.globalAlpha=1,e.strokeStyle=r,e.lineWidth=2*s,e.setLineDash([3*s,3*s]),e.beginPath();let c=!1;i.xs.forEach((d,f)=>{let p=i.mid[f];Number.isFinite(p)&&(c?e.lineTo(o(d),a(p)):e.moveTo(o(d),a(p)),c=!0)}),e.stroke()}}function Za(t){return t.ctx.canvas.width/Math.max(1,t.width)}function Lh(t,n,e,s){return s?t.t("chart.target_note",{label:n,value:e,note:s.text}):t.t("chart.target",{label:n,value:e})}function Nh(t,n){let{ctx:e,bbox:s}=t;for(let i of n.extras.stalls){let r=t.valToPos(i.x,"x",!0),o=i.endX===null?s.left+s.width:t.valToPos(i.endX,"x",!0);e.fillStyle=n.theme.stall,e.globalAlpha=.1,e.fillRect(r,s.top,Math.max(0,o-r),s.height),e.globalAlpha=1}}function Ja(t,n,e,s,i){t.beginPath(),t.moveTo(n,e),t.lineTo(s,i),t.stroke()}function Dh(t,n,e,s){let{ctx:i,bbox:r}=t,o=r.left+r.width,a=[];for(let c of n.model.targets){let d=t.valToPos(c.value,c.scale,!0);if(!(d>=r.top&&d<=r.top+r.height))continue;let f=cs(n.theme,c.colorIndex),p=n.extras.targetNotes.get(c.colorIndex),b=p?.state==="reached"||p?.state==="soon";i.strokeStyle=f,i.lineWidth=(b?2.5:1.5)*e,i.setLineDash([6*e,4*e]),Ja(i,r.left,d,o,d);let y=n.model.scales.find(_=>_.key===c.scale),S=`${n.num(c.value,y?.decimals??1)} ${y?.unit??""}`.trim(),C=Lh(n,Ya(c.label),S,p),A=i.measureText(C).width+8*e,z=[];for(let _=o-A-4*e;_>=r.left;_-=A/2+4*e)z.push({x:_,y:d-s-2*e},{x:_,y:d+2*e});a.push({id:`target:${c.colorIndex}:${c.value}`,w:A,h:s,candidates:z,text:C,color:f})}return a}function Ih(t,n,e,s){let{ctx:i,bbox:r}=t,o=[...n.extras.stalls.map(f=>({x:f.x,text:f.label,color:n.theme.stall,dash:[],id:`stall:${f.colorIndex}`})),...n.model.markers.map((f,p)=>({x:f.x,text:Ya(f.text),color:f.kind==="alert"?n.theme.alert:f.kind==="note"?n.theme.note:n.theme.event,dash:f.kind==="alert"?[]:f.kind==="note"?[4*e,3*e]:[2*e,3*e],id:`${f.kind}:${p}`}))],a=Math.max(1,Math.floor(r.height/(s+3*e)/2)),c=[...Array.from({length:a},(f,p)=>r.top+2*e+p*(s+3*e)),...Array.from({length:a},(f,p)=>r.top+r.height-s-2*e-p*(s+3*e))],d=[];for(let f of o){let p=t.valToPos(f.x,"x",!0);if(!(p>=r.left&&p<=r.left+r.width))continue;i.strokeStyle=f.color,i.lineWidth=1.5*e,i.setLineDash(f.dash),Ja(i,p,r.top,p,r.top+r.height);let b=i.measureText(f.text).width+8*e,y=c.flatMap(S=>[{x:p+3*e,y:S},{x:p-3*e-b,y:S}]);d.push({id:f.id,w:b,h:s,candidates:y,text:f.text,color:f.color})}return d}function Qa(t,n){let{ctx:e,bbox:s}=t,i=Za(t);e.save(),e.beginPath(),e.rect(s.left,s.top,s.width,s.height),e.clip(),Nh(t,n),Ph(t,n),e.font=`${11*i}px ${n.font}`;let r=14*i,o=[...Dh(t,n,i,r),...Ih(t,n,i,r)],a=zh(t),c={x:s.left,y:s.top,w:s.width,h:s.height},d=Ka(o,c,{soft:p=>Rh(a,p),gap:2*i});e.setLineDash([]),e.textBaseline="middle",e.textAlign="left";let f=[];for(let p of d){let b=o.find(y=>y.id===p.id);e.globalAlpha=.88,e.fillStyle=n.theme.background,e.fillRect(p.x,p.y,p.w,p.h),e.globalAlpha=1,e.fillStyle=b.color,e.fillText(b.text,p.x+4*i,p.y+p.h/2),f.push({...p,text:b.text})}return e.restore(),f}function Oh(t){let n=t.length;if(n<2)return 0;let e=Math.max(1,Math.floor((n-1)/2e3)),s=[];for(let i=e;i<n;i+=e)s.push(t[i][0]-t[i-e][0]);return s.sort((i,r)=>i-r),(s[s.length>>1]??0)/e}function Hh(t,n=5){if(t.length<3)return t;let e=Math.max(6e4,Oh(t)*n),s=null;for(let i=1;i<t.length;i++){let r=t[i-1],o=t[i];o[0]-r[0]>e&&r[1]!==null&&o[1]!==null&&(s??=t.slice(0,i),s.push([Math.round((r[0]+o[0])/2),null])),s&&s.push(o)}return s??t}function ao(t,n=5){let e=t.length,s=t.map(d=>Hh(d.points,n)),i=t.map(d=>d.offsetMs??0),r=t.map(d=>d.toDisplay),o=new Array(e).fill(0),a=[],c=t.map(()=>[]);for(;;){let d=1/0;for(let f=0;f<e;f++){let p=s[f][o[f]];p&&p[0]-i[f]<d&&(d=p[0]-i[f])}if(d===1/0)break;a.push(d/1e3);for(let f=0;f<e;f++){let p=s[f][o[f]];if(p&&p[0]-i[f]===d){let b=p[1],y=r[f];c[f].push(b===null?null:y?y(b):b),o[f]++}else c[f].push(void 0)}}for(let d=0;d<e;d++)(s[d]!==t[d].points||Fh(s[d]))&&Uh(c[d]);return{xs:a,ys:c}}function Fh(t){return t.some(n=>n[1]===null)}function Uh(t){let n=t.length;for(let e=0;e<n;e++){if(t[e]!==null)continue;for(let i=e-1;i>=0&&t[i]===void 0;i--)t[i]=null;let s=e+1;for(;s<n&&t[s]===void 0;s++)t[s]=null;e=s-1}}var $n=t=>t;function Vh(t,n){return t==="temperature"||n==="°C"||n==="°F"}function jh(t,n){return t==="gravity"||t==="specific_gravity"||n==="SG"}function $t(t){return t==="°F"?"°F":"°C"}function Wh(t){return t*9/5+32}function qh(t){return(t-32)*5/9}function lt(t,n,e){return Vh(t,n)?e==="°F"?{unit:"°F",decimals:1,toDisplay:Wh,fromDisplay:qh}:{unit:"°C",decimals:1,toDisplay:$n,fromDisplay:$n}:jh(t,n)?{unit:"SG",decimals:3,toDisplay:$n,fromDisplay:$n}:{unit:n,decimals:n==="%"||n==="hPa"?0:n==="V"?2:1,toDisplay:$n,fromDisplay:$n}}var Ii={projections:[],stalls:[],targetNotes:new Map},Kh=["pit","meat","chamber","wort","gravity","ambient","other"];function Xa(t){let n=[];for(let e of t)n.some(s=>s.key===e.scale)||n.push({key:e.scale,unit:e.unit,decimals:e.decimals});return n}function Ba(t,n){return[t,...n.map(e=>`${e.label}|${e.scale}|${e.colorIndex}|${e.dash??""}`)].join(`
`)}function ec(t,n){let e=t.series.map(a=>lt(a.kind,a.unit,n)),s=ao(t.series.map((a,c)=>({points:a.points,toDisplay:e[c].toDisplay}))),i=t.series.map((a,c)=>({label:a.label,scale:e[c].unit,colorIndex:c,values:s.ys[c],decimals:e[c].decimals,unit:e[c].unit})),r=[];t.series.forEach((a,c)=>{a.target!=null&&r.push({scale:e[c].unit,value:e[c].toDisplay(a.target),colorIndex:c,label:a.label})});let o=t.annotations.map(a=>({x:a.ts/1e3,text:a.text,kind:a.kind}));return{xMode:"time",xs:s.xs,series:i,scales:Xa(i),targets:r,markers:o,structureKey:Ba("time",i)}}function tc(t){let n=new Set(t.flatMap(e=>e.history.series.map(s=>s.role)));return Kh.filter(e=>n.has(e))}var Di=[void 0,[8,4],[2,3],[12,3,2,3]];function sc(t,n,e){let s=t.flatMap((a,c)=>a.history.series.filter(d=>d.role===n).map(d=>({input:a,sessionIndex:c,s:d,unit:lt(d.kind,d.unit,e)}))),i=ao(s.map(a=>({points:a.s.points,toDisplay:a.unit.toDisplay,offsetMs:a.input.session.started_at}))),r=s.map((a,c)=>({label:`${a.input.session.name} · ${a.s.label}`,scale:a.unit.unit,colorIndex:c,values:i.ys[c],decimals:a.unit.decimals,unit:a.unit.unit,...Di[a.sessionIndex%Di.length]?{dash:Di[a.sessionIndex%Di.length]}:{}})),o=[];return s.forEach((a,c)=>{if(a.s.target==null)return;let d=a.unit.toDisplay(a.s.target);o.some(f=>f.value===d&&f.scale===a.unit.unit)||o.push({scale:a.unit.unit,value:d,colorIndex:c,label:a.s.label})}),{xMode:"elapsed",xs:i.xs,series:r,scales:Xa(r),targets:o,markers:[],structureKey:Ba("elapsed",r)}}function nc(t,n){return t.series.map((e,s)=>{let i=lt(e.kind,e.unit,n),r=1/0,o=-1/0,a=null,c=null;for(let[d,f]of e.points)f!==null&&(f<r&&(r=f),f>o&&(o=f),a=f,c=d);return{seriesId:e.series_id,label:e.label,role:e.role,unit:i.unit,decimals:i.decimals,colorIndex:s,latest:a===null?null:i.toDisplay(a),latestTs:c,min:r===1/0?null:i.toDisplay(r),max:o===-1/0?null:i.toDisplay(o),target:e.target==null?null:i.toDisplay(e.target)}})}function ic(t,n=!1){n?history.replaceState(history.state,"",t):history.pushState(null,"",t),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:n},bubbles:!1,composed:!0}))}function de(t,n,e){t.dispatchEvent(new CustomEvent(n,{detail:e,bubbles:!0,composed:!0}))}function rc(t){let n={x:{time:t.xMode==="time"}};for(let e of t.scales)n[e.key]={auto:!0,range:(s,i,r)=>{let o=i,a=r;for(let d of t.targets)d.scale===e.key&&(o=o==null?d.value:Math.min(o,d.value),a=a==null?d.value:Math.max(a,d.value));if(o==null||a==null)return[0,1];let c=Math.max((a-o)*.08,e.decimals>=3?.002:1);return[o-c,a+c]}};return n}var Xe=class extends me{constructor(){super(...arguments);this.extras=Ii;this.xRange=null;this.t=Se("en");this.dark=!1;this.height=320;this.label="";this.hoverIdx=null;this.builtFor="";this.pendingDrawn=!1;this.downAt=null;this.font="Roboto, Noto, sans-serif";this.labels=[];this.ticks={splits:[],labels:[]};this.drawCount=0}connectedCallback(){super.connectedCallback(),this.resizer=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.resizer.observe(this.plotEl),this.rebuild())}disconnectedCallback(){super.disconnectedCallback(),this.resizer?.disconnect(),this.resizer=void 0,this.plot?.destroy(),this.plot=void 0,this.builtFor=""}get plotWidth(){return this.plot?this.plot.bbox.width/Pe.pxRatio:this.clientWidth}get shownRange(){let e=this.plot?.scales.x;return e&&e.min!=null&&e.max!=null?{min:e.min,max:e.max}:null}get labelBoxes(){let e=Pe.pxRatio;return this.labels.map(s=>({...s,x:s.x/e,y:s.y/e,w:s.w/e,h:s.h/e}))}get tickLabels(){return[...this.ticks.labels]}tickBoxes(){let e=this.plot;if(!e)return[];let s=e.ctx;s.save(),s.font=`${12*Pe.pxRatio}px ${this.font}`;let i=Pe.pxRatio,r=this.ticks.splits.flatMap((o,a)=>{let c=this.ticks.labels[a]??"";if(!c)return[];let d=Math.max(...c.split(`
`).map(b=>s.measureText(b).width))/i,f=e.valToPos(o,"x"),p=c.split(`
`).length;return[{text:c,x:f-d/2+e.bbox.left/i,y:e.bbox.height/i,w:d,h:14*p}]});return s.restore(),r}firstUpdated(){this.resizer?.observe(this.plotEl)}updated(e){if(!this.model)return;let s=`${this.model.structureKey}|${this.dark}|${this.height}`;if(!this.plot||s!==this.builtFor||e.has("formatters")||e.has("timeZone")||e.has("t")){this.rebuild();return}e.has("model")?this.setData():e.has("xRange")?this.applyRange():e.has("extras")&&this.plot.redraw(!1,!1)}render(){let e=this.t("chart.hint");return $`<div
        class="wrap"
        tabindex="0"
        role="group"
        aria-roledescription=${this.t("chart.role")}
        aria-label=${`${this.label}. ${e}`}
        @keydown=${this.onKey}
      >
        <div class="plot" dir="ltr"></div>
      </div>
      <brewpit-chart-legend
        .model=${this.model}
        .theme=${this.theme}
        .formatters=${this.formatters}
        .t=${this.t}
        .detail=${this.detail}
        .hover=${this.hoverIdx}
      ></brewpit-chart-legend>`}data(){let e=this.model;return[e.xs,...e.series.map(s=>s.values)]}setData(){this.plot&&(this.pendingDrawn=!0,this.xRange?(this.plot.setData(this.data(),!1),this.applyRange(!0)):this.plot.setData(this.data(),!0))}applyRange(e=!1){let s=this.plot;if(!s)return;let i=this.xRange,r=this.model?.xs??[],o=i?i.min:r[0]??0,a=i?i.max:r[r.length-1]??1;!e&&s.scales.x?.min===o&&s.scales.x?.max===a||s.setScale("x",{min:o,max:a>o?a:o+1})}resize(){if(!this.plot||!this.plotEl)return;let e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}rebuild(){if(!this.model||!this.plotEl)return;this.plot?.destroy();let e=getComputedStyle(this);this.theme=Ni(s=>e.getPropertyValue(s)),this.font=e.getPropertyValue("--ha-font-family-body").trim()||"Roboto, Noto, sans-serif",this.builtFor=`${this.model.structureKey}|${this.dark}|${this.height}`,this.pendingDrawn=!0,this.plot=new Pe(this.options(this.model,this.theme),this.data(),this.plotEl),this.xRange&&this.applyRange(!0),this.plot.over.addEventListener("pointerdown",s=>this.downAt=[s.clientX,s.clientY]),this.plot.over.addEventListener("click",s=>this.onClick(s)),this.requestUpdate()}xAxis(e,s){let i=this.formatters;return e.xMode==="time"?{...s,space:72,size:48,values:(r,o,a,c,d)=>{let f=i?Va(o,d,i):o.map(String);return this.ticks={splits:[...o],labels:f},f}}:{...s,space:60,incrs:[...ja],label:this.t("chart.elapsed_axis"),labelSize:20,labelFont:s.font,values:(r,o)=>{let a=Wa(o);return this.ticks={splits:[...o],labels:a},a}}}options(e,s){let i=this.formatters,r=(y,S)=>i?i.number(y,S):y==null?"—":y.toFixed(S),o=Math.max(200,Math.floor(this.plotEl.clientWidth||600)),a=`12px ${this.font}`,c={stroke:s.axis,font:a,grid:{stroke:s.grid,width:1},ticks:{stroke:s.grid,width:1}},d=rc(e),f=[this.xAxis(e,c),...e.scales.map((y,S)=>({...c,scale:y.key,side:S%2===0?3:1,grid:{...c.grid,show:S===0},size:y.decimals>=3?64:54,label:y.unit,labelSize:18,labelFont:a,values:(C,A)=>A.map(z=>r(z,Math.min(y.decimals,3)))}))],p=[{},...e.series.map(y=>({label:y.label,scale:y.scale,stroke:cs(s,y.colorIndex),width:2,...y.dash?{dash:y.dash}:{},spanGaps:!1,points:{show:!1}}))],b=this.timeZone;return{width:o,height:this.height,...b?{tzDate:y=>Pe.tzDate(new Date(y*1e3),b)}:{},scales:d,axes:f,series:p,legend:{show:!1},cursor:{drag:{x:!0,y:!1,setScale:!1},bind:{dblclick:()=>()=>(de(this,"reset-zoom"),null)}},hooks:{setSelect:[y=>this.onSelect(y)],setCursor:[y=>{let S=y.cursor.idx??null;S!==this.hoverIdx&&(this.hoverIdx=S)}],draw:[y=>this.onDraw(y,s,r)]}}}onSelect(e){let{left:s,width:i}=e.select;if(i<4)return;let r=e.posToVal(s,"x"),o=e.posToVal(s+i,"x");e.setSelect({left:0,top:0,width:0,height:0},!1),de(this,"range-changed",{min:r,max:o})}onDraw(e,s,i){let r=this.model;r&&(this.drawCount++,this.labels=Qa(e,{model:r,extras:this.extras,theme:s,font:this.font,num:i,t:this.t}),this.pendingDrawn&&(this.pendingDrawn=!1,de(this,"chart-drawn",{points:r.xs.length,series:r.series.length})))}onClick(e){let s=this.downAt;if(this.downAt=null,!this.plot||s&&Math.hypot(e.clientX-s[0],e.clientY-s[1])>4)return;let i=this.plot.cursor.left;i==null||i<0||de(this,"chart-click",{x:this.plot.posToVal(i,"x")})}onKey(e){let i={ArrowLeft:()=>de(this,"chart-pan",{fraction:-.25}),ArrowRight:()=>de(this,"chart-pan",{fraction:.25}),"+":()=>de(this,"chart-zoom",{factor:.5}),"=":()=>de(this,"chart-zoom",{factor:.5}),"-":()=>de(this,"chart-zoom",{factor:2}),0:()=>de(this,"reset-zoom"),Home:()=>de(this,"reset-zoom")}[e.key];i&&(e.preventDefault(),i())}};Xe.styles=Fa,x([N({attribute:!1})],Xe.prototype,"model",2),x([N({attribute:!1})],Xe.prototype,"extras",2),x([N({attribute:!1})],Xe.prototype,"xRange",2),x([N({attribute:!1})],Xe.prototype,"formatters",2),x([N({attribute:!1})],Xe.prototype,"t",2),x([N({attribute:!1})],Xe.prototype,"detail",2),x([N({attribute:!1})],Xe.prototype,"timeZone",2),x([N({type:Boolean})],Xe.prototype,"dark",2),x([N({type:Number})],Xe.prototype,"height",2),x([N()],Xe.prototype,"label",2),x([G()],Xe.prototype,"hoverIdx",2),x([vi(".plot")],Xe.prototype,"plotEl",2),Xe=x([Te("brewpit-chart")],Xe);function co(t){return Object.fromEntries(Object.entries(t).filter(([,n])=>n!==void 0&&n!==""))}async function Sn(t,n={}){return(await t.callWS({type:"brewpit/sessions/list",...co(n)})).sessions}function Oi(t,n){return t.callWS({type:"brewpit/sessions/get",session_id:n})}function oc(t,n){return t.callWS({type:"brewpit/sessions/create",...co(n)})}function lc(t,n){return t.callWS({type:"brewpit/sessions/end",session_id:n})}function ac(t,n,e,s){return t.callWS({type:"brewpit/sessions/annotate",session_id:n,text:e,...s===void 0?{}:{ts:Math.round(s)}})}function Bn(t,n,e={}){let s=co(e);return s.from!==void 0&&(s.from=Math.floor(s.from)),s.to!==void 0&&(s.to=Math.ceil(s.to)),t.callWS({type:"brewpit/history",session_id:n,...s})}function kn(t){return t.callWS({type:"brewpit/series/list"})}var Xn=class extends Error{constructor(e){super(`CSV export failed: HTTP ${e}`);this.status=e}};async function cc(t,n,e,s){let i=s?`?tz=${encodeURIComponent(s)}`:"",r=await t.fetchWithAuth(`/api/brewpit/sessions/${encodeURIComponent(n)}/export.csv${i}`);if(!r.ok)throw new Xn(r.status);let o=URL.createObjectURL(await r.blob());try{let a=document.createElement("a");a.href=o,a.download=e,a.rel="noopener",document.body.append(a),a.click(),a.remove()}finally{setTimeout(()=>URL.revokeObjectURL(o),1e4)}}function uc(t){let n=t.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"").slice(0,60),e=new Date(t.started_at).toISOString().slice(0,10);return`${n||"session"}-${e}.csv`}function Ve(t){return t&&typeof t=="object"&&"message"in t?String(t.message):String(t)}function ke(t){let n,e;return(...s)=>(n&&n.length===s.length&&n.every((i,r)=>i===s[r])||(e=t(...s),n=s),e)}function Hi(t){let n=Math.round((Number.isFinite(t)?t:0)*2);return Math.min(4e3,Math.max(100,n))}function uo(t,n){let e=t.ended_at??Math.max(n,t.started_at+6e4);return{from:t.started_at,to:Math.max(e,t.started_at+1)}}function ho(t,n,e=6e4){let s=n.to-n.from,i=Math.min(Math.max(t.to-t.from,Math.min(e,s)),s);(!Number.isFinite(i)||i<=0)&&(i=s);let r=Math.max(n.from,Math.min(t.from,n.to-i));return Number.isFinite(r)||(r=n.from),{from:r,to:r+i}}function hc(t,n,e){let s=(t.to-t.from)*n;return ho({from:t.from+s,to:t.to+s},e)}function mc(t,n,e,s){let i=s??(t.from+t.to)/2,r=i-(i-t.from)*n,o=i+(t.to-i)*n;return ho({from:r,to:o},e)}function Gh(t,n,e=.01){if(!t)return!0;let s=(n.to-n.from)*e;return t.from<=n.from+s&&t.to>=n.to-s}var Fi={range:null,follow:!0};function pc(t,n,e){let s=Math.max(-1/0,...t);return!Number.isFinite(s)||s<=n?0:Math.min(s-n,Math.max(15*6e4,e/2))}function ei(t,n,e){return t.ended_at!==null?uo(t,n):{from:Math.min(t.started_at,n-6e4),to:n+e}}function fc(t,n,e,s){if(t.ended_at!==null)return n.range;let i=ei(t,e,s);if(!n.range)return i;if(!n.follow)return n.range;let r=n.range.to-n.range.from;return{from:Math.max(i.from,i.to-r),to:i.to}}function gc(t,n,e,s){let i=ei(t,e,s),r=t.ended_at===null;if(!n||Gh(n,i,.005))return r?Fi:{range:null,follow:!1};let o=ho(n,i),a=o.to-o.from,c=r&&o.to>=i.to-Math.max(a*.02,1e3);return{range:o,follow:c}}var bc={cook:["pit","meat","ambient","other"],brew:["wort","chamber","gravity","ambient","other"]};function vc(t){let n=[...bc[t]];return{fitting:n,others:["pit","meat","wort","chamber","gravity","ambient","other"].filter(s=>!n.includes(s))}}var yc=(t,n)=>bc[n].includes(t),Zh={pit:"role.pit",meat:"role.meat",wort:"role.wort",chamber:"role.chamber",gravity:"role.gravity",ambient:"role.ambient",other:"role.other"};function ss(t,n){let e=Zh[t];return e?n(e):t}var Jh=[["gravity",/\b(gravity|sg|hydrometer|ispindel|tilt|plato)\b/],["chamber",/\b(chamber|fridge|keezer|freezer|cellar)\b/],["wort",/\b(wort|beer|must|mash|ferment\w*)\b/],["pit",/\b(pit|grate|grill|dome|smoker|cooker|kamado|kettle|oven|firebox|lid)\b/],["meat",/\b(meat|food|probe|brisket|ribs?|shoulder|butt|chicken|turkey|pork|beef|lamb|ham|steak|wings?|thigh|breast|salmon|fish|chuck|loin|tri.?tip|roast|sausage|point|flat)\b/],["ambient",/\b(ambient|outside|outdoors?|room|air|weather)\b/]];function mo(t,n,e){if(e==="gravity"||e==="specific_gravity")return"gravity";if(e!=="temperature"&&e!=="")return e==="humidity"||e==="pressure"?"ambient":"other";let s=`${t} ${n}`.replace(/([a-z])([A-Z])/g,"$1 $2").replace(/(\d+)/g," $1 ").replace(/[_-]+/g," ").toLowerCase();for(let[i,r]of Jh)if(r.test(s))return i;return"other"}var Ie=Le`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, Roboto, Noto, sans-serif);
  }
  .card {
    background: var(--card-background-color, var(--ha-card-background));
    border: 1px solid var(--divider-color);
    border-radius: var(--ha-card-border-radius, 12px);
    padding: 16px;
    margin-block-end: 16px;
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 1rem;
    font-weight: 500;
    margin: 0 0 8px;
  }
  button,
  .button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--primary-color);
    background: transparent;
    border: 1px solid var(--divider-color);
    border-radius: 18px;
    padding-block: 6px;
    padding-inline: 14px;
    cursor: pointer;
    min-block-size: 36px;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    text-decoration: none;
  }
  button.primary {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    border-color: var(--primary-color);
  }
  button.danger {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  button.icon {
    padding-inline: 8px;
    min-inline-size: 36px;
    justify-content: center;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  input,
  select {
    font: inherit;
    color: var(--primary-text-color);
    background: var(--card-background-color);
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding-block: 6px;
    padding-inline: 10px;
    min-block-size: 36px;
    box-sizing: border-box;
  }
  label {
    color: var(--secondary-text-color);
    font-size: 0.875rem;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color);
  }
  .chip {
    display: inline-block;
    font-size: 0.75rem;
    border-radius: 10px;
    padding-block: 2px;
    padding-inline: 8px;
    border: 1px solid var(--divider-color);
    color: var(--secondary-text-color);
    white-space: nowrap;
  }
  .chip.active {
    color: var(--primary-color);
    border-color: var(--primary-color);
  }
  .chip.alert {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .spacer {
    flex: 1;
  }
  .swatch {
    display: inline-block;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 2px;
    margin-inline-end: 6px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding-block: 6px;
    padding-inline: 8px;
    border-block-end: 1px solid var(--divider-color);
    font-size: 0.875rem;
  }
  th {
    color: var(--secondary-text-color);
    font-weight: 500;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;var xc=["solid","dashed","dotted","dashed"],Nt=class extends me{constructor(){super(...arguments);this.narrow=!1;this.ids=[];this.inputs=[];this.error="";this.loading=!1;this.xRange=null;this.seq=0;this.fmt=ke(Lt);this.roles=ke(tc);this.models=ke((e,s)=>this.roles(e).map(i=>({role:i,model:sc(e,i,s)})))}willUpdate(e){e.has("ids")&&this.load()}async load(){let e=++this.seq;if(this.xRange=null,this.ids.length===0){this.inputs=[];return}this.loading=!0,this.error="";let s=Hi((this.clientWidth||window.innerWidth)-120);try{let i=await Promise.all(this.ids.map(async r=>{let[o,a]=await Promise.all([Oi(this.hass,r),Bn(this.hass,r,{max_points:s})]);return{session:o,history:a}}));e===this.seq&&(this.inputs=i)}catch(i){e===this.seq&&(this.error=Ve(i))}finally{e===this.seq&&(this.loading=!1)}}zoomBy(e){let s=this.models(this.inputs,this.temp).map(f=>f.model.xs),i=Math.min(0,...s.map(f=>f[0]??0)),r=Math.max(1,...s.map(f=>f[f.length-1]??0)),o=this.xRange??{min:i,max:r},a=(o.min+o.max)/2,c=Math.max(300,(o.max-o.min)*e/2),d={min:Math.max(i,a-c),max:Math.min(r,a+c)};this.xRange=d.min<=i&&d.max>=r?null:d}get temp(){return $t(this.hass.config.unit_system.temperature)}render(){let e=Se(mt(this.hass)),s=this.fmt(this.hass.locale,this.hass.config.time_zone);if(this.ids.length<2)return $`<div class="card">
        <p>${e("compare.pick")}</p>
        <button @click=${()=>de(this,"brewpit-navigate",{path:"/sessions"})}>
          ${e("compare.go_to_sessions")}
        </button>
      </div>`;if(this.error)return $`<div class="card error" role="alert">${this.error}</div>`;if(this.loading||this.inputs.length===0)return $`<div class="card" role="status">${e("list.loading")}</div>`;let i=this.hass.themes?.darkMode??!1;return $`
      <section class="card" aria-labelledby="cmp-title">
        <div class="toolbar">
          <h2 id="cmp-title">${e("compare.title",{count:this.inputs.length})}</h2>
          <span class="spacer"></span>
          <button class="icon" aria-label=${e("detail.zoom_in")} @click=${()=>this.zoomBy(.5)}>
            +
          </button>
          <button class="icon" aria-label=${e("detail.zoom_out")} @click=${()=>this.zoomBy(2)}>
            −
          </button>
          <button ?disabled=${!this.xRange} @click=${()=>this.xRange=null}>
            ${e("detail.reset_zoom")}
          </button>
        </div>
        ${this.renderLegend(e,s)}
      </section>
      ${this.models(this.inputs,this.temp).map(({role:r,model:o})=>$`<section
            class="card"
            aria-label=${e("compare.role_compared",{role:ss(r,e)})}
          >
            <h3>${ss(r,e)}</h3>
            <brewpit-chart
              .model=${o}
              .xRange=${this.xRange}
              .formatters=${s}
              .t=${e}
              ?dark=${i}
              .height=${this.narrow?220:300}
              label=${e("compare.chart_label",{role:ss(r,e),count:this.inputs.length})}
              @range-changed=${a=>this.xRange=a.detail}
              @reset-zoom=${()=>this.xRange=null}
              @chart-zoom=${a=>this.zoomBy(a.detail.factor)}
            ></brewpit-chart>
          </section>`)}
      ${this.roles(this.inputs).length===0?$`<div class="card muted">${e("compare.nothing")}</div>`:H}
    `}renderLegend(e,s){let i=Date.now();return $`<ul class="legend">
      ${this.inputs.map(({session:r},o)=>$`<li>
            <span
              class="line"
              style=${`border-block-start-style:${xc[o%xc.length]}`}
            ></span>
            <a
              href=${"#"}
              @click=${a=>{a.preventDefault(),de(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(r.id)}`})}}
              >${r.name}</a
            >
            <span class="muted">
              ${s.dateTime(r.started_at)} ·
              ${ts((r.ended_at??i)-r.started_at,e)}
            </span>
          </li>`)}
    </ul>`}};Nt.styles=[Ie,Le`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
      }
      .legend {
        list-style: none;
        padding: 0;
        margin-block: 12px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 8px 24px;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 6px;
        flex-wrap: wrap;
      }
      a {
        color: var(--primary-color);
      }
      .line {
        display: inline-block;
        inline-size: 24px;
        border-block-start: 3px solid var(--secondary-text-color);
      }
    `],x([N({attribute:!1})],Nt.prototype,"hass",2),x([N({type:Boolean,reflect:!0})],Nt.prototype,"narrow",2),x([N({attribute:!1})],Nt.prototype,"ids",2),x([G()],Nt.prototype,"inputs",2),x([G()],Nt.prototype,"error",2),x([G()],Nt.prototype,"loading",2),x([G()],Nt.prototype,"xRange",2),Nt=x([Te("brewpit-compare")],Nt);var Ui=t=>t.stall!==null&&t.stall.ended_at===null;function Vi(t,n){return t.status==="reached"?"reached":t.status!=="ok"||t.eta===null?"unknown":t.eta-n<=18e5?"soon":"ok"}var Qh={insufficient_data:"eta.reason.warming_up",no_pit:"eta.reason.no_pit",pit_below_target:"eta.reason.pit_below_target",no_progress:"eta.reason.no_progress",fit_poor:"eta.reason.fit_poor",too_far:"eta.reason.too_far",no_target:"eta.reason.no_target"};function _c(t,n){if(Ui(t))return n("eta.reason.stall");let e=t.reason?Qh[t.reason]:void 0;return n(e??"eta.reason.other")}function wc(t,n=48){let{as_of:e,value:s,target:i,eta:r}=t;if(t.status!=="ok"||e===null||s===null||i===null||r===null)return null;let o=Math.max(e,Math.min(t.low??r,r)),a=Math.max(r,t.high??r);if(!(r>e)||s>=i)return null;let c=t.pit,d=c!==null&&c>i,f=A=>{let z=A-e;if(z<=0)return()=>i;if(!d)return R=>Math.min(i,s+(i-s)*(R-e)/z);let _=Math.log((c-s)/(c-i))/z;return R=>Math.min(i,c-(c-s)*Math.exp(-_*(R-e)))},p=f(o),b=f(r),y=f(a),S={ts:[],mid:[],lo:[],hi:[]},C=new Set([o,r,a]);for(let A=0;A<=n;A++)C.add(Math.round(e+(a-e)*A/n));for(let A of[...C].sort((z,_)=>z-_))S.ts.push(A),S.hi.push(p(A)),S.lo.push(y(A)),S.mid.push(A<=r?b(A):Number.NaN);return S}var qt=class extends me{constructor(){super(...arguments);this.estimates=null;this.t=Se("en");this.temp="°C";this.now=Date.now()}render(){let e=this.estimates;return!e||e.channels.length===0&&e.brew.length===0?H:$`<ul class="tiles">
      ${e.channels.map(s=>this.renderChannel(s))} ${e.brew.map(s=>this.renderBrew(s))}
    </ul>`}temperature(e){let s=lt("temperature","°C",this.temp);return e===null?"—":`${this.formatters.number(s.toDisplay(e),s.decimals)} ${s.unit}`}renderChannel(e){let s=this.t,i=Vi(e,this.now),r=this.nodeOf?.(e.series_id),o=e.label??s("predictions.probe",{id:e.series_id});return $`<li class="tile ${i}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${o}</span>
        ${i==="reached"?$`<span class="badge reached">${s("predictions.reached")}</span>`:i==="soon"?$`<span class="badge soon">${s("predictions.soon")}</span>`:H}
      </div>
      ${r?$`<div class="muted small">${r}</div>`:H}
      <div class="now">
        <span class="value">${this.temperature(e.value)}</span>
        ${e.target===null?H:$`<span class="muted">→ ${this.temperature(e.target)}</span>`}
      </div>
      ${this.renderEta(e,i)} ${this.renderStall(e)}
    </li>`}renderEta(e,s){let i=this.t,r=this.formatters;if(s==="reached")return e.eta===null?H:$`<div class="muted small">
            ${i("predictions.reached_at",{time:r.clock(e.eta,this.now)})}
          </div>`;if(s==="unknown"||e.eta===null)return $`<div class="reason">${_c(e,i)}</div>`;let o=e.low!==null&&e.high!==null&&e.high>e.low?i("predictions.band",{low:r.clock(e.low,this.now),high:r.clock(e.high,this.now)}):"";return $`<div class="eta">
        <span class="clock">${r.clock(e.eta,this.now)}</span>
        <span class="in">${Pa(e.eta-this.now,i)}</span>
      </div>
      ${o?$`<div class="muted small band">${o}</div>`:H}`}renderStall(e){let s=e.stall;if(!s)return H;let i=this.t,r=this.formatters,o=s.ended_at??e.as_of??this.now,a=ts(Math.max(0,o-s.since),i);return $`<div class="stall ${Ui(e)?"on":""}">
      ${Ui(e)?i("predictions.stall_on",{time:r.clock(s.since,this.now),duration:a}):i("predictions.stall_over",{duration:a,time:r.clock(o,this.now)})}
    </div>`}renderBrew(e){let s=this.t,i=this.formatters,r=[e.gravity===null?null:s("predictions.gravity",{value:i.number(e.gravity,3)}),e.attenuation===null?null:s("predictions.attenuation",{value:i.number(e.attenuation,0)}),e.abv===null?null:s("predictions.abv",{value:i.number(e.abv,1)})].filter(o=>o!==null);return $`<li class="tile ${e.finished?"reached":""}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${e.label??s("predictions.probe",{id:e.series_id})}</span>
        ${e.finished?$`<span class="badge reached">${s("predictions.finished")}</span>`:H}
      </div>
      <div>${r.length?r.join(" · "):s("eta.reason.warming_up")}</div>
    </li>`}};qt.styles=[Ie,Le`
      :host {
        display: block;
      }
      .tiles {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        gap: 12px;
      }
      .tile {
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .tile.soon {
        border-color: var(--warning-color, #ffa600);
        background: color-mix(in srgb, var(--warning-color, #ffa600) 10%, transparent);
      }
      .tile.reached {
        border-color: var(--success-color, #43a047);
        background: color-mix(in srgb, var(--success-color, #43a047) 10%, transparent);
      }
      .top {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .name {
        font-weight: 500;
        margin-inline-end: auto;
      }
      .badge {
        font-size: 0.75rem;
        border-radius: 10px;
        padding: 2px 8px;
        color: var(--text-primary-color, #fff);
      }
      .badge.soon {
        background: var(--warning-color, #ffa600);
      }
      .badge.reached {
        background: var(--success-color, #43a047);
      }
      .now .value {
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .eta {
        display: flex;
        align-items: baseline;
        flex-wrap: wrap;
        gap: 8px;
      }
      .clock {
        font-size: 1.25rem;
        font-weight: 500;
      }
      .small {
        font-size: 0.8125rem;
      }
      .reason {
        color: var(--secondary-text-color);
      }
      .stall {
        font-size: 0.8125rem;
        color: var(--secondary-text-color);
      }
      .stall.on {
        color: var(--warning-color, #ffa600);
      }
    `],x([N({attribute:!1})],qt.prototype,"estimates",2),x([N({attribute:!1})],qt.prototype,"formatters",2),x([N({attribute:!1})],qt.prototype,"t",2),x([N({attribute:!1})],qt.prototype,"temp",2),x([N({type:Number})],qt.prototype,"now",2),x([N({attribute:!1})],qt.prototype,"nodeOf",2),qt=x([Te("brewpit-predictions")],qt);var je=t=>typeof t=="number"&&Number.isFinite(t)?t:null,Ws=t=>typeof t=="string"?t:null,po=t=>t!==null&&typeof t=="object"&&!Array.isArray(t)?t:null,$c=t=>Array.isArray(t)?t.map(po).filter(n=>n!==null):[];function Xh(t){let n=po(t),e=n?je(n.since):null;return!n||e===null?null:{since:e,ended_at:je(n.ended_at),duration_s:je(n.duration_s)}}function Bh(t){let n=je(t.series_id);return n===null?null:{series_id:n,label:Ws(t.label),role:Ws(t.role),unit:Ws(t.unit),target:je(t.target),value:je(t.value),status:Ws(t.status)??"unknown",reason:Ws(t.reason),eta:je(t.eta),low:je(t.low),high:je(t.high),pit:je(t.pit),rate_per_h:je(t.rate_per_h),stall:Xh(t.stall),as_of:je(t.as_of)}}function em(t){let n=je(t.series_id);return n===null?null:{series_id:n,label:Ws(t.label),gravity:je(t.gravity),attenuation:je(t.attenuation),abv:je(t.abv),trend_per_day:je(t.trend_per_day),finished:t.finished===!0,as_of:je(t.as_of)}}function tm(t,n){let e=po(t)??{};return{session_id:Ws(e.session_id)??n,as_of:je(e.as_of),channels:$c(e.channels).map(Bh).filter(s=>s!==null),brew:$c(e.brew).map(em).filter(s=>s!==null)}}async function ji(t,n){let e=await t.callWS({type:"brewpit/sessions/estimates",session_id:n});return tm(e,n)}var Sc=t=>`brewpit_session_${t}_`;function En(t){if(t.state===null||t.state==="")return null;let n=typeof t.state=="number"?t.state:Number(t.state);return Number.isFinite(n)?n:null}var xs=class{open(n,e,s){this.unsub||(this.unsub=n.connection.subscribeMessage(e,{type:"brewpit/live/subscribe"}).catch(i=>{s?.(i)}))}get active(){return this.unsub!==void 0}close(){let n=this.unsub;this.unsub=void 0,n?.then(e=>e?.()).catch(()=>{})}};function sm(t){return{name:t.length>12?`${t.slice(0,8)}…`:t,area:null}}function Mn(t,n){let e=new Map;for(let s of Object.values(t??{})){let i=s.identifiers?.find(([o])=>o==="brewpit")?.[1];if(!i)continue;let r=s.area_id?n?.[s.area_id]?.name??null:null;e.set(i,{name:s.name_by_user||s.name||i,area:r})}return s=>e.get(s)??sm(s)}function _s(t){return t.area?`${t.name} (${t.area})`:t.name}var nm=5e3,im=3e4;function rm(t,n){let e=new Map;for(let s of t){let i=e.get(s.device_id)??[];i.push(s),e.set(s.device_id,i)}return[...e.entries()].map(([s,i])=>[_s(n(s)),i.sort((r,o)=>r.key.localeCompare(o.key))]).sort(([s],[i])=>s.localeCompare(i))}var St=class extends me{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.states=new Map;this.error="";this.loaded=!1;this.now=Date.now();this.running=[];this.live=new xs;this.estimatesDue=!1;this.fmt=ke(Lt);this.nodes=ke(Mn);this.groups=ke(rm)}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),nm),this.hass&&this.start()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.estimatesTimer),this.live.close()}get t(){return Se(mt(this.hass))}async loadEstimates(){clearTimeout(this.estimatesTimer),this.estimatesDue=!1;try{let e=await Sn(this.hass,{status:"active"});this.running=await Promise.all(e.map(async s=>({session:s,estimates:await ji(this.hass,s.id).catch(()=>null)})))}catch{}this.isConnected&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},im))}willUpdate(){this.hass&&!this.live.active&&this.isConnected&&this.start()}start(){this.live.open(this.hass,e=>this.onLive(e),e=>this.error=this.t("detail.live_unavailable",{error:Ve(e)})),this.load(),this.loadEstimates()}async load(){try{let e=await kn(this.hass),s=new Map(this.states);for(let i of e)s.has(i.id)||s.set(i.id,{value:i.last_value,ts:i.last_ts,unavailable:i.last_ts==null});this.series=e,this.states=s}catch(e){this.error=Ve(e)}finally{this.loaded=!0}}onLive(e){this.now=Date.now();let s=new Map(this.states);for(let i of e.states){if(i.unique_id?.startsWith("brewpit_session_")&&!this.estimatesDue&&(this.estimatesDue=!0,clearTimeout(this.estimatesTimer),this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},5e3)),typeof i.series_id!="number")continue;let r=En(i),o=s.get(i.series_id);s.set(i.series_id,{value:r??null,ts:r===null?o?.ts??null:i.ts,unavailable:r===null})}this.states=s}render(){let e=this.t,s=this.fmt(this.hass.locale,this.hass.config.time_zone),i=$t(this.hass.config.unit_system.temperature);if(!this.loaded)return $`<div class="card" role="status">${e("live.loading")}</div>`;let r=this.nodes(this.hass.devices,this.hass.areas);return $`
      ${this.error?$`<p class="error" role="alert">${this.error}</p>`:H}
      ${this.renderRunning(s,i)}
      ${this.series.length===0?$`<div class="card muted">${e("live.no_probes")}</div>`:H}
      <div class="devices">
        ${this.groups(this.series,r).map(([o,a])=>$`<section class="card" aria-label=${e("live.node",{name:o})}>
              <h3>${o}</h3>
              <ul>
                ${a.map(c=>{let d=this.states.get(c.id),f=lt(c.kind,c.unit,i),p=d&&!d.unavailable&&d.value!==null?`${s.number(f.toDisplay(d.value),f.decimals)} ${f.unit}`:null,b=d?.ts!=null?e("live.last_seen",{when:s.relative(this.now-d.ts)}):e("live.never_seen");return $`<li class=${p?"":"unavailable"}>
                    <span class="probe">${c.name||c.key}</span>
                    <span class="value" aria-live="off">${p??e("live.unavailable")}</span>
                    <span class="seen muted" title=${d?.ts?s.dateTime(d.ts):""}
                      >${b}</span
                    >
                  </li>`})}
              </ul>
            </section>`)}
      </div>
    `}renderRunning(e,s){let i=this.t,r=this.nodes(this.hass.devices,this.hass.areas),o=a=>{let c=this.series.find(d=>d.id===a);return c?_s(r(c.device_id)):void 0};return this.running.filter(a=>a.estimates&&(a.estimates.channels.length||a.estimates.brew.length)).map(a=>$`<section class="card running" aria-label=${a.session.name}>
            <h3>
              <a
                href=${"#"}
                @click=${c=>{c.preventDefault(),de(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(a.session.id)}`})}}
                >${a.session.name}</a
              >
            </h3>
            <brewpit-predictions
              .estimates=${a.estimates}
              .formatters=${e}
              .t=${i}
              .temp=${s}
              .now=${this.now}
              .nodeOf=${o}
            ></brewpit-predictions>
          </section>`)}};St.styles=[Ie,Le`
      :host {
        display: block;
      }
      .devices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
        gap: 16px;
      }
      .devices .card {
        margin: 0;
      }
      .running h3 a {
        color: var(--primary-color);
        text-decoration: none;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'probe value' 'seen seen';
        padding-block: 8px;
        border-block-end: 1px solid var(--divider-color);
      }
      li:last-child {
        border-block-end: none;
      }
      .probe {
        grid-area: probe;
      }
      .value {
        grid-area: value;
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .seen {
        grid-area: seen;
        font-size: 0.75rem;
      }
      .unavailable .value {
        color: var(--error-color);
        font-size: 1rem;
      }
      :host([narrow]) .devices {
        grid-template-columns: 1fr;
      }
    `],x([N({attribute:!1})],St.prototype,"hass",2),x([N({type:Boolean,reflect:!0})],St.prototype,"narrow",2),x([G()],St.prototype,"series",2),x([G()],St.prototype,"states",2),x([G()],St.prototype,"error",2),x([G()],St.prototype,"loaded",2),x([G()],St.prototype,"now",2),x([G()],St.prototype,"running",2),St=x([Te("brewpit-live")],St);var ws=Le`
  :host {
    display: block;
  }
  .head h2 {
    margin: 0;
  }
  .meta {
    margin-block: 8px 0;
  }
  brewpit-predictions {
    margin-block-start: 12px;
  }
  .small {
    font-size: 0.8125rem;
  }
  .chart-tools {
    margin-block-end: 8px;
  }
  .columns {
    display: grid;
    grid-template-columns: 3fr 2fr;
    gap: 16px;
  }
  .columns > .card {
    margin-block-end: 0;
  }
  :host([narrow]) .columns {
    grid-template-columns: 1fr;
  }
  .note-form {
    display: flex;
    gap: 8px;
  }
  .note-form input {
    flex: 1;
    min-inline-size: 0;
  }
  .notes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .notes li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: baseline;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .notes time {
    color: var(--secondary-text-color);
    font-size: 0.8125rem;
  }
  button.link {
    border: none;
    min-block-size: 0;
    padding: 0;
    text-decoration: underline;
  }
  :host([narrow]) .card {
    padding: 12px;
  }
  :host([narrow]) table .muted {
    display: none;
  }
`;var Kt=class extends me{constructor(){super(...arguments);this.figures=[];this.t=Se("en");this.zoomed=!1}render(){let e=this.t,s=this.formatters;return $`<section class="card" aria-labelledby="figures-title">
      <h3 id="figures-title">${this.zoomed?e("figures.title_in_view"):e("figures.title")}</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>${e("figures.channel")}</th>
            <th class="num">${e("figures.now")}</th>
            <th class="num">${e("figures.min")}</th>
            <th class="num">${e("figures.max")}</th>
            <th class="num">${e("figures.target")}</th>
          </tr>
        </thead>
        <tbody>
          ${this.figures.map(i=>{let r=this.nodeOf?.(i.seriesId);return $`<tr>
              <td>
                <span
                  class="swatch"
                  style=${this.theme?`background:${cs(this.theme,i.colorIndex)}`:""}
                ></span
                >${i.label}
                ${ss(i.role,e).toLowerCase()===i.label.toLowerCase()?"":$`<span class="muted role">${ss(i.role,e)}</span>`}
                ${r?$`<div class="muted node">${r}</div>`:""}
              </td>
              <td class="num">${s.number(i.latest,i.decimals)} ${i.unit}</td>
              <td class="num">${s.number(i.min,i.decimals)}</td>
              <td class="num">${s.number(i.max,i.decimals)}</td>
              <td class="num">${i.target==null?"—":s.number(i.target,i.decimals)}</td>
            </tr>`})}
        </tbody>
      </table>
    </section>`}};Kt.styles=[Ie,ws],x([N({attribute:!1})],Kt.prototype,"figures",2),x([N({attribute:!1})],Kt.prototype,"theme",2),x([N({attribute:!1})],Kt.prototype,"formatters",2),x([N({attribute:!1})],Kt.prototype,"t",2),x([N({attribute:!1})],Kt.prototype,"nodeOf",2),x([N({type:Boolean})],Kt.prototype,"zoomed",2),Kt=x([Te("brewpit-session-figures")],Kt);var kt=class extends me{constructor(){super(...arguments);this.estimates=null;this.now=Date.now();this.error="";this.confirmEnd=!1;this.busy=!1;this.fmt=ke(Lt)}get t(){return Se(mt(this.hass))}async end(){this.busy=!0;try{de(this,"session-changed",await lc(this.hass,this.session.id)),this.confirmEnd=!1}catch(e){de(this,"session-error",Ve(e))}finally{this.busy=!1}}async exportCsv(){let e=this.session,s=io(this.hass.locale,this.hass.config.time_zone);try{await cc(this.hass,e.id,uc(e),s)}catch(i){let r=i instanceof Xn?this.t("detail.export_failed",{status:i.status}):Ve(i);de(this,"session-error",r)}}render(){let e=this.t,s=this.session,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=s.status==="active";return $`<section class="card head" aria-labelledby="title">
      <div class="toolbar">
        <h2 id="title">${s.name}</h2>
        <span class="chip">${s.kind==="cook"?e("kind.cook"):e("kind.brew")}</span>
        <span class="chip ${r?"active":""}">
          ${e(r?"status.running":"status.ended")}
        </span>
        <span class="spacer"></span>
        <button @click=${()=>{this.exportCsv()}}>${e("detail.export_csv")}</button>
        ${r?this.renderEnd():H}
      </div>
      <p class="muted meta">
        ${e("detail.started",{time:i.dateTime(s.started_at)})} ·
        ${s.ended_at?$`${e("detail.ended",{time:i.dateTime(s.ended_at)})} · `:""}
        ${ts((s.ended_at??this.now)-s.started_at,e)}
        ${s.recipe?$` · ${s.recipe}`:H}
        ${s.og!=null?$` · ${e("detail.og",{value:i.number(s.og,3)})}`:H}
      </p>
      ${this.error?$`<p class="error" role="alert">${this.error}</p>`:H}
      <brewpit-predictions
        .estimates=${this.estimates}
        .formatters=${i}
        .t=${e}
        .temp=${$t(this.hass.config.unit_system.temperature)}
        .now=${this.now}
        .nodeOf=${this.nodeOf}
      ></brewpit-predictions>
    </section>`}renderEnd(){let e=this.t;return this.confirmEnd?$`<span role="group" aria-label=${e("detail.confirm_end_group")} class="toolbar">
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.end()}}>
        ${e("detail.confirm_end")}
      </button>
      <button @click=${()=>this.confirmEnd=!1}>${e("common.cancel")}</button>
    </span>`:$`<button class="danger" @click=${()=>this.confirmEnd=!0}>
        ${e("detail.end")}
      </button>`}};kt.styles=[Ie,ws],x([N({attribute:!1})],kt.prototype,"hass",2),x([N({attribute:!1})],kt.prototype,"session",2),x([N({attribute:!1})],kt.prototype,"estimates",2),x([N({type:Number})],kt.prototype,"now",2),x([N()],kt.prototype,"error",2),x([N({attribute:!1})],kt.prototype,"nodeOf",2),x([G()],kt.prototype,"confirmEnd",2),x([G()],kt.prototype,"busy",2),kt=x([Te("brewpit-session-head")],kt);var pt=class extends me{constructor(){super(...arguments);this.sessionId="";this.annotations=[];this.at=null;this.t=Se("en");this.text="";this.busy=!1;this.error=""}async add(e){e.preventDefault();let s=this.text.trim();if(s){this.busy=!0,this.error="";try{let i=await ac(this.hass,this.sessionId,s,this.at??void 0);this.text="",de(this,"note-added",i)}catch(i){this.error=Ve(i)}finally{this.busy=!1}}}render(){let e=this.t,s=this.formatters,i={note:e("notes.kind.note"),alert:e("notes.kind.alert"),event:e("notes.kind.event")};return $`<section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">${e("notes.title")}</h3>
      <form class="note-form" @submit=${r=>{this.add(r)}}>
        <label for="note" class="visually-hidden">${e("notes.text")}</label>
        <input
          id="note"
          name="note"
          maxlength="500"
          placeholder=${e("notes.placeholder")}
          .value=${this.text}
          @input=${r=>this.text=r.target.value}
        />
        <button class="primary" type="submit" ?disabled=${this.busy||!this.text.trim()}>
          ${e("notes.add")}
        </button>
      </form>
      ${this.error?$`<p class="error" role="alert">${this.error}</p>`:H}
      <p class="muted small">
        ${this.at?$`${e("notes.at_picked",{time:s.dateTime(this.at)})}
                <button class="link" @click=${()=>de(this,"note-at-cleared")}>
                  ${e("notes.use_now")}
                </button>`:e("notes.at_now")}
      </p>
      ${this.annotations.length?$`<ul class="notes">
              ${this.annotations.map(r=>$`<li>
                    <span class="chip ${r.kind==="alert"?"alert":""}"
                      >${i[r.kind]??r.kind}</span
                    >
                    <time datetime=${new Date(r.ts).toISOString()}>${s.dateTime(r.ts)}</time>
                    <span>${r.text}</span>
                  </li>`)}
            </ul>`:$`<p class="muted">${e("notes.none")}</p>`}
    </section>`}};pt.styles=[Ie,ws],x([N({attribute:!1})],pt.prototype,"hass",2),x([N()],pt.prototype,"sessionId",2),x([N({attribute:!1})],pt.prototype,"annotations",2),x([N({attribute:!1})],pt.prototype,"at",2),x([N({attribute:!1})],pt.prototype,"formatters",2),x([N({attribute:!1})],pt.prototype,"t",2),x([G()],pt.prototype,"text",2),x([G()],pt.prototype,"busy",2),x([G()],pt.prototype,"error",2),pt=x([Te("brewpit-session-notes")],pt);var Wi=class{constructor(){this.bySeries=new Map}add(n,e){let s=this.bySeries.get(n)??[];s.push(e),this.bySeries.set(n,s)}get size(){return this.bySeries.size}clear(){this.bySeries.clear()}drain(n){let e=0,s=!1,i=n.series.map(o=>{let a=this.bySeries.get(o.series_id);if(!a)return o;let c=o.points.length?o.points[o.points.length-1][0]:-1/0,d=a.filter(f=>f[0]>c).sort((f,p)=>f[0]-p[0]);return e=Math.max(e,d.length),d.length&&d[0][0]-c>6e4&&(s=!0),d.length?{...o,points:[...o.points,...d]}:o});if(this.bySeries.clear(),!e)return{history:n,added:e,skipped:s};let r=Math.max(n.to,...i.map(o=>o.points[o.points.length-1]?.[0]??0));return{history:{...n,series:i,to:r},added:e,skipped:s}}};function kc(t){if(!t)return 0;let n=0;for(let e of t.series)n=Math.max(n,e.points[e.points.length-1]?.[0]??0);return n}var om=1e3,lm=5e3,am=6e4,qi=class{constructor(n,e){this.host=n;this.on=e;this.live=new xs;this.buffer=new Wi;this.estimatesAt=0;n.addController(this)}follow(n,e){let s=e?.id!==this.session?.id;this.hass=n,this.session=e,s&&(this.stop(),e&&this.loadEstimates()),e?.status==="active"?this.live.open(n,i=>this.onLive(i),i=>this.on.error(i)):this.live.close()}hostDisconnected(){this.stop(),this.session=void 0}stop(){this.live.close(),clearTimeout(this.flushTimer),clearTimeout(this.estimatesTimer),this.flushTimer=void 0,this.buffer.clear()}async loadEstimates(){let{hass:n,session:e}=this;if(!(!n||!e)){clearTimeout(this.estimatesTimer),this.estimatesAt=Date.now();try{let s=await ji(n,e.id);e.id===this.session?.id&&this.on.estimates(s)}catch{}this.session?.id===e.id&&this.session.status==="active"&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},am))}}onLive(n){let e=this.session;if(!e)return;let s=new Set(e.channels.map(o=>o.series_id)),i=Sc(e.id),r=!1;for(let o of n.states)o.unique_id?.startsWith(i)&&(r=!0),!(!s.has(o.series_id)||typeof o.ts!="number")&&this.buffer.add(o.series_id,[o.ts,En(o)]);if(r){clearTimeout(this.estimatesTimer);let o=Math.max(0,this.estimatesAt+lm-Date.now());this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},o)}this.buffer.size&&this.flushTimer===void 0&&(this.flushTimer=setTimeout(()=>{this.flushTimer=void 0,this.on.readings(this.buffer)},om))}};function Ec(t,n,e,s,i,r){if(!t)return Ii;let o=r*6e4,a=[],c=[],d=new Map,f=t.channels.length;for(let p of t.channels){let b=n.findIndex(z=>z.series_id===p.series_id);if(b<0)continue;let y=n[b],S=lt(y.kind,p.unit??y.unit,e),C=Vi(p,o);C==="reached"?d.set(b,{text:i("chart.reached"),state:C}):p.eta!==null&&C!=="unknown"&&d.set(b,{text:i("chart.eta",{time:s.clock(p.eta,o)}),state:C});let A=wc(p);if(A&&a.push({scale:S.unit,colorIndex:b,xs:A.ts.map(z=>z/1e3),mid:A.mid.map(z=>Number.isFinite(z)?S.toDisplay(z):Number.NaN),lo:A.lo.map(S.toDisplay),hi:A.hi.map(S.toDisplay)}),p.stall){let z=p.stall.ended_at??p.as_of;c.push({x:p.stall.since/1e3,endX:z===null?null:z/1e3,colorIndex:b,label:f>1?i("chart.stall_of",{label:y.label}):i("chart.stall")})}}return{projections:a,stalls:c,targetNotes:d}}var cm=250,um=600,dm=15e3,Be=class extends me{constructor(){super(...arguments);this.narrow=!1;this.sessionId="";this.view=Fi;this.estimates=null;this.series=[];this.error="";this.noteAt=null;this.now=Date.now();this.requestSeq=0;this.appended=0;this.feed=new qi(this,{readings:e=>this.flushLive(e),estimates:e=>this.estimates=e,error:e=>this.error=this.t("detail.live_unavailable",{error:Ve(e)})});this.model=ke(ec);this.figures=ke(nc);this.fmt=ke(Lt);this.nodes=ke(Mn);this.extras=ke(Ec);this.theme=ke(e=>Ni(s=>getComputedStyle(this).getPropertyValue(s)));this.xRange=ke((e,s)=>e===void 0||s===void 0?null:{min:e/1e3,max:s/1e3});this.nodeOf=e=>{let s=this.series.find(i=>i.id===e);return s?_s(this.nodes(this.hass.devices,this.hass.areas)(s.device_id)):void 0};this.detailOf=e=>this.nodeOf(this.history?.series[e]?.series_id??-1);this.onRangeChanged=e=>this.choose({from:e.detail.min*1e3,to:e.detail.max*1e3});this.onChartClick=e=>{this.noteAt=Math.round(e.detail.x*1e3)}}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),dm),this.hass&&this.session&&this.feed.follow(this.hass,this.session)}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.refetchTimer)}willUpdate(e){e.has("sessionId")&&this.sessionId&&this.load()}updated(e){e.has("session")&&this.isConnected&&this.feed.follow(this.hass,this.session)}get t(){return Se(mt(this.hass))}get temp(){return $t(this.hass.config.unit_system.temperature)}maxPoints(){let e=this.chart?.plotWidth||this.clientWidth-120||window.innerWidth-120;return Hi(e)}async load(){let e=++this.requestSeq;this.error="",this.view=Fi,this.noteAt=null,this.estimates=null,this.feed.follow(this.hass,void 0),kn(this.hass).then(s=>this.series=s,()=>{});try{let[s,i]=await Promise.all([Oi(this.hass,this.sessionId),Bn(this.hass,this.sessionId,{max_points:this.maxPoints()})]);if(e!==this.requestSeq)return;this.session=s,this.history=i,this.appended=0,this.now=Date.now()}catch(s){e===this.requestSeq&&(this.error=Ve(s))}}edge(){return Math.max(this.now,kc(this.history))}ahead(){let e=this.session;if(!e||e.ended_at!==null||!this.view.follow)return 0;let s=(this.estimates?.channels??[]).filter(o=>o.status==="ok").map(o=>o.high??o.eta??0),i=this.edge(),r=this.view.range?i-(this.view.range.to-this.view.range.from):e.started_at;return pc(s,i,i-r)}visible(){return this.session?fc(this.session,this.view,this.edge(),this.ahead()):null}choose(e){this.session&&(this.view=gc(this.session,e,this.edge(),this.ahead()),clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},cm))}async refetch(){let e=++this.requestSeq,s=this.visible(),i=s?{from:s.from,...this.view.follow?{}:{to:s.to}}:{};try{let r=await Bn(this.hass,this.sessionId,{...i,max_points:this.maxPoints()});if(e!==this.requestSeq)return;this.history=r,this.appended=0}catch(r){e===this.requestSeq&&(this.error=Ve(r))}}flushLive(e){if(!this.history)return e.clear();let{history:s,added:i,skipped:r}=e.drain(this.history);this.now=Date.now(),i&&(this.history=s,this.appended+=i,this.view.follow&&(r?(clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},1e3)):this.appended>=um&&this.refetch()))}pan(e){let s=this.visible();s&&this.session&&this.choose(hc(s,e,ei(this.session,this.edge(),this.ahead())))}zoom(e){let s=this.visible()??(this.session?uo(this.session,this.now):null);s&&this.session&&this.choose(mc(s,e,ei(this.session,this.edge(),this.ahead())))}onNote(e){if(this.noteAt=null,!this.history)return;let s=[...this.history.annotations,e].sort((i,r)=>i.ts-r.ts);this.history={...this.history,annotations:s}}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone);return!this.session||!this.history?$`<div class="card" role="status">
        ${this.error?$`<span class="error">${this.error}</span>`:this.t("detail.loading")}
      </div>`:$`<brewpit-session-head
        .hass=${this.hass}
        .session=${this.session}
        .estimates=${this.estimates}
        .now=${this.now}
        .error=${this.error}
        .nodeOf=${this.nodeOf}
        @session-changed=${s=>this.session=s.detail}
        @session-error=${s=>this.error=s.detail}
      ></brewpit-session-head>
      ${this.renderChart(this.session,e)}
      <div class="columns">
        <brewpit-session-figures
          .figures=${this.figures(this.history,this.temp)}
          .theme=${this.theme(this.hass.themes?.darkMode??!1)}
          .formatters=${e}
          .t=${this.t}
          .nodeOf=${this.nodeOf}
          ?zoomed=${!!this.view.range}
        ></brewpit-session-figures>
        <brewpit-session-notes
          .hass=${this.hass}
          .sessionId=${this.session.id}
          .annotations=${this.history.annotations}
          .at=${this.noteAt}
          .formatters=${e}
          .t=${this.t}
          @note-added=${s=>this.onNote(s.detail)}
          @note-at-cleared=${()=>this.noteAt=null}
        ></brewpit-session-notes>
      </div>`}renderChart(e,s){let i=this.t,r=this.history,o=this.model(r,this.temp),a=Math.floor(this.now/6e4),c=this.visible(),d=this.hass.locale.time_zone==="server"?this.hass.config.time_zone:void 0;return $`<section class="card" aria-label=${i("detail.chart")}>
      <div class="toolbar chart-tools">
        ${this.renderTools(e)}
        <span class="spacer"></span>
        <span class="muted small range-label" aria-live="polite">
          ${this.rangeLabel(c,s)}
          ${r.series.some(f=>f.downsampled)?` · ${i("detail.downsampled")}`:""}
        </span>
      </div>
      ${o.series.length===0?$`<p class="muted">${i("detail.no_channels")}</p>`:$`<brewpit-chart
              .model=${o}
              .extras=${this.extras(this.estimates,r.series,this.temp,s,i,a)}
              .xRange=${this.xRange(c?.from,c?.to)}
              .formatters=${s}
              .t=${i}
              .detail=${this.detailOf}
              .timeZone=${d}
              ?dark=${this.hass.themes?.darkMode??!1}
              .height=${this.narrow?260:380}
              label=${i("detail.chart_of",{name:e.name})}
              @range-changed=${this.onRangeChanged}
              @reset-zoom=${()=>this.choose(null)}
              @chart-pan=${f=>this.pan(f.detail.fraction)}
              @chart-zoom=${f=>this.zoom(f.detail.factor)}
              @chart-click=${this.onChartClick}
            ></brewpit-chart>`}
    </section>`}renderTools(e){let s=this.t,i=e.status==="active"&&!this.view.follow;return $`<button
        class="icon"
        aria-label=${s("detail.pan_earlier")}
        @click=${()=>this.pan(-.25)}
      >
        ‹
      </button>
      <button class="icon" aria-label=${s("detail.pan_later")} @click=${()=>this.pan(.25)}>
        ›
      </button>
      <button class="icon" aria-label=${s("detail.zoom_in")} @click=${()=>this.zoom(.5)}>
        +
      </button>
      <button class="icon" aria-label=${s("detail.zoom_out")} @click=${()=>this.zoom(2)}>
        −
      </button>
      ${e.status==="active"?$`<button
              class=${i?"primary":""}
              ?disabled=${!i&&!this.view.range}
              @click=${()=>this.choose(null)}
            >
              ${s("detail.back_to_live")}
            </button>`:$`<button ?disabled=${!this.view.range} @click=${()=>this.choose(null)}>
              ${s("detail.reset_zoom")}
            </button>`}`}rangeLabel(e,s){let i=this.t;return this.session?.status==="active"&&this.view.follow?this.view.range?i("detail.range_live_window",{duration:ts(this.view.range.to-this.view.range.from,i)}):i("detail.range_live"):e&&this.view.range?`${s.dateTime(e.from)} – ${s.dateTime(e.to)}`:i("detail.range_whole")}};Be.styles=[Ie,ws],x([N({attribute:!1})],Be.prototype,"hass",2),x([N({type:Boolean,reflect:!0})],Be.prototype,"narrow",2),x([N()],Be.prototype,"sessionId",2),x([G()],Be.prototype,"session",2),x([G()],Be.prototype,"history",2),x([G()],Be.prototype,"view",2),x([G()],Be.prototype,"estimates",2),x([G()],Be.prototype,"series",2),x([G()],Be.prototype,"error",2),x([G()],Be.prototype,"noteAt",2),x([G()],Be.prototype,"now",2),x([vi("brewpit-chart")],Be.prototype,"chart",2),Be=x([Te("brewpit-session-detail")],Be);var hm=new Set(["sensor","number","input_number"]),mm=new Set(["temperature","humidity","moisture","pressure","atmospheric_pressure","specific_gravity","battery","signal_strength","voltage","ph"]),pm=new Set(["unavailable","unknown"]);function Mc(t,n){let e=[];for(let[i,r]of Object.entries(t.states??{})){if(!hm.has(i.split(".")[0])||n.has(i))continue;let o=t.entities?.[i];if(o?.platform==="brewpit")continue;let a=r.attributes,c=typeof a.unit_of_measurement=="string"?a.unit_of_measurement:null,d=typeof a.device_class=="string"?a.device_class:null;if(!(pm.has(r.state)||Number.isFinite(Number(r.state)))||r.state===""||!(d&&mm.has(d)||c))continue;let p=o?.device_id?t.devices?.[o.device_id]:void 0,b=o?.area_id??p?.area_id??null;e.push({entity_id:i,name:typeof a.friendly_name=="string"&&a.friendly_name?a.friendly_name:i,device_class:d,unit:c,state:r.state,device:p&&(p.name_by_user||p.name)||null,area:b?t.areas?.[b]?.name??null:null})}let s=i=>`${i.area??"￿"}\0${i.device??""}\0${i.name}`;return e.sort((i,r)=>s(i).localeCompare(s(r)))}function Ac(t,n){let e=[t.name,t.entity_id,t.device??"",t.area??""].join(" ").toLowerCase();return n.toLowerCase().split(/\s+/).filter(Boolean).every(s=>e.includes(s))}async function Tc(t,n,e=!1){return(await t.callWS({type:"brewpit/sources/follow",entity_id:n.entity_id,name:n.name.slice(0,64),explicit:e,...n.device_class?{device_class:n.device_class}:{},...n.unit?{unit:n.unit}:{}})).series_id}var Cc=Le`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: 12px;
  }
  .grid label {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  fieldset {
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    margin-block: 12px;
    padding: 8px 12px;
  }
  legend {
    color: var(--secondary-text-color);
    padding-inline: 4px;
  }
  .probe {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 9em 8em;
    gap: 4px 8px;
    align-items: center;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .probe:last-of-type {
    border-block-end: none;
  }
  .check {
    color: var(--primary-text-color);
    display: flex;
    align-items: center;
    gap: 8px;
    min-inline-size: 0;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    margin-inline-end: auto;
  }
  .who .node {
    font-size: 0.75rem;
  }
  .reading {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .target {
    inline-size: 100%;
  }
  select:disabled,
  input:disabled {
    opacity: 0.45;
    cursor: not-allowed;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
    border-style: dashed;
  }
  .in-use {
    grid-column: 1 / -1;
    font-size: 0.8125rem;
    color: var(--warning-color, #ffa600);
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
  }
  .share {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--primary-text-color);
  }
  .others summary,
  .ha-sensors summary {
    cursor: pointer;
    color: var(--secondary-text-color);
    padding-block: 8px;
  }
  .search {
    inline-size: 100%;
    box-sizing: border-box;
    margin-block-end: 8px;
  }
  @media (max-width: 600px) {
    .probe {
      grid-template-columns: 1fr 1fr;
    }
    .check {
      grid-column: 1 / -1;
    }
  }
`;function fm(t,n){let e=t.device_class==="temperature"||["°C","°F","K"].includes(t.unit??""),s=t.device_class==="specific_gravity"||["SG","°P"].includes(t.unit??"");return{id:-(n+1),device_id:"",key:t.entity_id,kind:e?"temperature":s?"gravity":t.device_class??"",unit:e?"°C":s?"SG":t.unit??"",name:t.name,last_ts:null,last_value:null}}var at=class extends me{constructor(){super(...arguments);this.rows=[];this.kind="cook";this.name="";this.recipe="";this.og="";this.error="";this.busy=!1;this.loaded=!1;this.query="";this.live=new xs;this.fmt=ke(Lt);this.nodes=ke(Mn)}connectedCallback(){super.connectedCallback(),this.loadSeries(),this.live.open(this.hass,e=>{let s=new Map(e.states.map(i=>[i.series_id,i]));this.rows.some(i=>s.has(i.series.id))&&(this.rows=this.rows.map(i=>{let r=s.get(i.series.id);return r&&typeof r.ts=="number"?{...i,series:{...i.series,last_value:En(r),last_ts:r.ts}}:i}))})}disconnectedCallback(){super.disconnectedCallback(),this.live.close()}get t(){return Se(mt(this.hass))}async loadSeries(){try{let[e,s]=await Promise.all([kn(this.hass),Sn(this.hass,{status:"active"}).catch(()=>[])]);this.rows=e.map(r=>({series:r,on:!1,role:mo(r.name,r.key,r.kind),target:"",inUse:s.filter(o=>o.channels.some(a=>a.series_id===r.id)).map(o=>o.name),share:!1}));let i=Mc(this.hass,new Set(e.map(r=>r.key)));this.rows=[...this.rows,...i.map((r,o)=>{let a=fm(r,o);return{series:a,on:!1,role:mo(a.name,a.key,a.kind),target:"",inUse:[],share:!1,sensor:r}})]}catch(e){this.error=Ve(e)}finally{this.loaded=!0}}patch(e,s){this.rows=this.rows.map(i=>i.series.id===e?{...i,...s}:i)}async submit(e){e.preventDefault();let s=this.t,i=this.rows.find(d=>d.on&&d.inUse.length&&!d.share);if(i){this.error=s("form.confirm_share_first",{probe:i.series.name||i.series.key});return}let r=$t(this.hass.config.unit_system.temperature),o=this.rows.filter(d=>d.on),a=d=>o.map((f,p)=>{let b=lt(f.series.kind,f.series.unit,r),y=Number.parseFloat(f.target.replace(",","."));return{series_id:d[p],role:f.role,label:(f.series.name||f.series.key).slice(0,64),...Number.isFinite(y)?{target:Math.round(b.fromDisplay(y)*1e3)/1e3}:{}}}),c=Number.parseFloat(this.og.replace(",","."));this.busy=!0,this.error="";try{let d=[];for(let p of o)d.push(p.sensor?await Tc(this.hass,p.sensor):p.series.id);let f=await oc(this.hass,{kind:this.kind,name:this.name.trim(),channels:a(d),...this.recipe.trim()?{recipe:this.recipe.trim()}:{},...this.kind==="brew"&&Number.isFinite(c)?{og:c}:{}});de(this,"session-created",f)}catch(d){this.error=Ve(d)}finally{this.busy=!1}}render(){let e=this.t,s=i=>r=>i(r.target.value);return $`<form class="card" @submit=${i=>{this.submit(i)}}>
      <h2>${e("form.title")}</h2>
      <div class="grid">
        <label>
          ${e("form.name")}
          <input
            required
            maxlength="120"
            name="name"
            .value=${this.name}
            @input=${s(i=>this.name=i)}
          />
        </label>
        <label>
          ${e("form.kind")}
          <select
            name="kind"
            @change=${i=>this.kind=i.target.value}
          >
            <option value="cook" ?selected=${this.kind==="cook"}>${e("kind.cook")}</option>
            <option value="brew" ?selected=${this.kind==="brew"}>${e("kind.brew")}</option>
          </select>
        </label>
        <label>
          ${e("form.recipe")}
          <input maxlength="200" .value=${this.recipe} @input=${s(i=>this.recipe=i)} />
        </label>
        ${this.kind==="brew"?$`<label>
                ${e("form.og")}
                <input
                  inputmode="decimal"
                  placeholder="1.050"
                  .value=${this.og}
                  @input=${s(i=>this.og=i)}
                />
              </label>`:H}
      </div>
      ${this.renderProbes()}
      ${this.error?$`<p class="error" role="alert">${this.error}</p>`:H}
      <div class="toolbar">
        <span class="spacer"></span>
        <button class="primary" type="submit" ?disabled=${this.busy||!this.name.trim()}>
          ${e("form.start")}
        </button>
      </div>
    </form>`}renderProbes(){let e=this.t,s=this.rows.filter(c=>!c.sensor),i=s.filter(c=>yc(c.role,this.kind)||c.on),r=s.filter(c=>!i.includes(c)),o=this.kind==="cook"?e("kind.cook"):e("kind.brew"),a=this.loaded?this.rows.length===0?$`<p class="muted">${e("form.no_probes")}</p>`:s.length===0?this.renderSensors():$`${i.map(c=>this.renderRow(c))}
            ${r.length?$`<details class="others">
                    <summary>${e("form.other_probes",{count:r.length,kind:o})}</summary>
                    ${r.map(c=>this.renderRow(c))}
                  </details>`:H}
            ${this.renderSensors()}`:$`<p class="muted" role="status">${e("form.loading_probes")}</p>`;return $`<fieldset>
      <legend>${e("form.probes")}</legend>
      ${a}
    </fieldset>`}renderSensors(){let e=this.t,s=this.rows.filter(r=>r.sensor);if(!s.length)return H;let i=s.filter(r=>r.on||Ac(r.sensor,this.query));return $`<details class="ha-sensors" ?open=${s.some(r=>r.on)}>
      <summary>${e("form.ha_sensors",{count:s.length})}</summary>
      <input
        type="search"
        class="search"
        aria-label=${e("form.search_sensors")}
        placeholder=${e("form.search_sensors")}
        .value=${this.query}
        @input=${r=>this.query=r.target.value}
      />
      ${i.map(r=>this.renderRow(r))}
    </details>`}renderRow(e){let s=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=$t(this.hass.config.unit_system.temperature),o=lt(e.series.kind,e.series.unit,r),a=e.series.name||e.series.key,c=e.sensor,d=c?_s({name:c.device??c.entity_id,area:c.area}):_s(this.nodes(this.hass.devices,this.hass.areas)(e.series.device_id)),f=c?Number.isFinite(Number(c.state))?`${c.state} ${c.unit??""}`.trim():s("form.no_reading"):e.series.last_value===null?s("form.no_reading"):`${i.number(o.toDisplay(e.series.last_value),o.decimals)} ${o.unit}`,p=e.series.id;return $`<div
      class="probe ${e.on?"on":""}"
      data-series=${p}
      data-entity=${c?c.entity_id:H}
    >
      <label class="check">
        <input
          type="checkbox"
          .checked=${e.on}
          @change=${b=>this.patch(p,{on:b.target.checked})}
        />
        <span class="who">
          <span class="name">${a}</span>
          <span class="muted node">${d}</span>
        </span>
        <span class="reading" title=${e.series.last_ts?i.dateTime(e.series.last_ts):""}
          >${f}</span
        >
      </label>
      ${this.renderRole(e,a)}
      <input
        class="target"
        inputmode="decimal"
        aria-label=${s("form.target_of",{probe:a,unit:o.unit})}
        placeholder=${s("form.target_placeholder",{unit:o.unit})}
        ?disabled=${!e.on}
        .value=${e.target}
        @input=${b=>this.patch(p,{target:b.target.value})}
      />
      ${e.inUse.length?$`<div class="in-use" role="note">
              ${s("form.in_use",{sessions:e.inUse.join(", ")})}
              ${e.on?$`<label class="share">
                      <input
                        type="checkbox"
                        .checked=${e.share}
                        @change=${b=>this.patch(p,{share:b.target.checked})}
                      />
                      ${s("form.share",{sessions:e.inUse.join(", ")})}
                    </label>`:H}
            </div>`:H}
    </div>`}renderRole(e,s){let i=this.t,r=vc(this.kind),o=e.series.id;return $`<select
      aria-label=${i("form.role_of",{probe:s})}
      ?disabled=${!e.on}
      @change=${a=>this.patch(o,{role:a.target.value})}
    >
      ${r.fitting.map(a=>$`<option value=${a} ?selected=${a===e.role}>${ss(a,i)}</option>`)}
      <optgroup label=${i("form.other_roles")}>
        ${r.others.map(a=>$`<option value=${a} ?selected=${a===e.role}>${ss(a,i)}</option>`)}
      </optgroup>
    </select>`}};at.styles=[Ie,Cc],x([N({attribute:!1})],at.prototype,"hass",2),x([G()],at.prototype,"rows",2),x([G()],at.prototype,"kind",2),x([G()],at.prototype,"name",2),x([G()],at.prototype,"recipe",2),x([G()],at.prototype,"og",2),x([G()],at.prototype,"error",2),x([G()],at.prototype,"busy",2),x([G()],at.prototype,"loaded",2),x([G()],at.prototype,"query",2),at=x([Te("brewpit-session-form")],at);var zc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Rc="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",Pc="M17.66 11.2C17.43 10.9 17.15 10.64 16.89 10.38C16.22 9.78 15.46 9.35 14.82 8.72C13.33 7.26 13 4.85 13.95 3C13 3.23 12.17 3.75 11.46 4.32C8.87 6.4 7.85 10.07 9.07 13.22C9.11 13.32 9.15 13.42 9.15 13.55C9.15 13.77 9 13.97 8.8 14.05C8.57 14.15 8.33 14.09 8.14 13.93C8.08 13.88 8.04 13.83 8 13.76C6.87 12.33 6.69 10.28 7.45 8.64C5.78 10 4.87 12.3 5 14.47C5.06 14.97 5.12 15.47 5.29 15.97C5.43 16.57 5.7 17.17 6 17.7C7.08 19.43 8.95 20.67 10.96 20.92C13.1 21.19 15.39 20.8 17.03 19.32C18.86 17.66 19.5 15 18.56 12.72L18.43 12.46C18.22 12 17.66 11.2 17.66 11.2Z",Lc="M4 4h12v3h2a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-2v2a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4zm12 5v6h2a1 1 0 0 0 1-1v-4a1 1 0 0 0-1-1h-2z";function ti(t,n=!1){return $`<svg class=${n?"icon flip":"icon"} viewBox="0 0 24 24" aria-hidden="true">
    <path d=${t}></path>
  </svg>`}var gm=300;function bm(t,n,e,s=Se("en")){let i=[s("list.channels",{count:t.channels.length})],r=lt("temperature","°C",e),o=t.summary?.channels??[];if(o.length)for(let a of o.filter(c=>c.role!=="ambient").slice(0,3))a.role==="gravity"?i.push(`${a.label} ${n.number(a.last_value,3)}`):a.max!=null&&i.push(s("list.max",{label:a.label,value:`${n.number(r.toDisplay(a.max),1)} ${r.unit}`}));else{let a=t.channels.filter(c=>c.target!=null&&c.role!=="gravity");for(let c of a.slice(0,2))i.push(`${c.label??c.role} → ${n.number(r.toDisplay(c.target),0)} ${r.unit}`)}return t.og!=null&&i.push(s("detail.og",{value:n.number(t.og,3)})),t.recipe&&i.push(t.recipe),i}var ct=class extends me{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.loaded=!1;this.error="";this.kind="";this.status="";this.q="";this.selected=new Set;this.creating=!1;this.seq=0;this.fmt=ke(Lt)}connectedCallback(){super.connectedCallback(),this.hass&&this.load()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer)}willUpdate(e){e.has("hass")&&!e.get("hass")&&this.hass&&!this.loaded&&this.load()}async load(){let e=++this.seq,s={...this.kind?{kind:this.kind}:{},...this.status?{status:this.status}:{},...this.q.trim()?{q:this.q.trim()}:{}};try{let i=await Sn(this.hass,s);if(e!==this.seq)return;this.sessions=[...i].sort((r,o)=>o.started_at-r.started_at),this.error=""}catch(i){e===this.seq&&(this.error=Ve(i))}finally{e===this.seq&&(this.loaded=!0)}}setFilter(e){e.kind!==void 0&&(this.kind=e.kind),e.status!==void 0&&(this.status=e.status),this.load()}onSearch(e){this.q=e.target.value,clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>{this.load()},gm)}open(e){de(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(e)}`})}toggle(e,s){let i=new Set(this.selected);s?i.add(e):i.delete(e),this.selected=i}compare(){let e=this.sessions.filter(s=>this.selected.has(s.id)).map(s=>s.id);de(this,"brewpit-navigate",{path:`/compare?ids=${e.map(encodeURIComponent).join(",")}`})}onRowKey(e,s){e.target===e.currentTarget&&(e.key==="Enter"||e.key===" ")&&(e.preventDefault(),this.open(s))}get t(){return Se(mt(this.hass))}render(){let e=this.t,s=this.fmt(this.hass.locale,this.hass.config.time_zone),i=$t(this.hass.config.unit_system.temperature),r=Date.now();return $`
      ${this.renderFilters(e)}
      ${this.creating?$`<brewpit-session-form
              .hass=${this.hass}
              @session-created=${o=>this.open(o.detail.id)}
            ></brewpit-session-form>`:H}
      ${this.error?$`<p class="error" role="alert">${this.error}</p>`:H}
      <section class="card list" aria-label=${e("list.sessions")}>
        ${this.loaded?this.sessions.length===0?$`<p class="muted">${e("list.none")}</p>`:$`<div role="list">
                  ${this.sessions.map(o=>this.renderRow(o,s,i,r,e))}
                </div>`:$`<p class="muted" role="status">${e("list.loading")}</p>`}
      </section>
    `}renderFilters(e){return $`<section class="card" aria-label=${e("list.filters")}>
      <div class="toolbar filters">
        <label>
          <span class="visually-hidden">${e("list.search_label")}</span>
          <input
            type="search"
            placeholder=${e("list.search")}
            .value=${this.q}
            @input=${this.onSearch}
          />
        </label>
        <label>
          ${e("form.kind")}
          <select
            aria-label=${e("form.kind")}
            @change=${s=>this.setFilter({kind:s.target.value})}
          >
            <option value="">${e("list.all")}</option>
            <option value="cook" ?selected=${this.kind==="cook"}>${e("list.cooks")}</option>
            <option value="brew" ?selected=${this.kind==="brew"}>${e("list.brews")}</option>
          </select>
        </label>
        <label>
          ${e("list.status")}
          <select
            aria-label=${e("list.status")}
            @change=${s=>this.setFilter({status:s.target.value})}
          >
            <option value="">${e("list.all")}</option>
            <option value="active" ?selected=${this.status==="active"}>
              ${e("status.running")}
            </option>
            <option value="ended" ?selected=${this.status==="ended"}>${e("status.ended")}</option>
          </select>
        </label>
        <span class="spacer"></span>
        <button
          ?disabled=${this.selected.size<2}
          @click=${this.compare}
          aria-label=${e("list.compare_label",{count:this.selected.size})}
        >
          ${e("list.compare",{count:this.selected.size})}
        </button>
        <button class="primary" @click=${()=>this.creating=!this.creating}>
          ${this.creating?e("common.close"):e("list.new")}
        </button>
      </div>
    </section>`}renderRow(e,s,i,r,o){let a=ts((e.ended_at??r)-e.started_at,o),c=e.status==="active"?o("status.running"):o("status.ended"),d=e.kind==="cook"?o("kind.cook"):o("kind.brew");return $`<div
      class="row"
      role="listitem"
      tabindex="0"
      aria-label=${`${e.name}, ${d}, ${c}, ${a}`}
      @click=${f=>{f.target.closest(".select")||this.open(e.id)}}
      @keydown=${f=>this.onRowKey(f,e.id)}
    >
      <label class="select" @click=${f=>f.stopPropagation()}>
        <input
          type="checkbox"
          aria-label=${o("list.select",{name:e.name})}
          .checked=${this.selected.has(e.id)}
          @change=${f=>this.toggle(e.id,f.target.checked)}
        />
      </label>
      <span class="kind" aria-hidden="true">${ti(e.kind==="cook"?Pc:Lc)}</span>
      <span class="name">
        <strong>${e.name}</strong>
        <span class="muted figures">${bm(e,s,i,o).join(" · ")}</span>
      </span>
      <span class="chip ${e.status==="active"?"active":""} status"> ${c} </span>
      <span class="muted started">${s.dateTime(e.started_at)}</span>
      <span class="duration">${a}</span>
    </div>`}};ct.styles=[Ie,Le`
      :host {
        display: block;
      }
      .filters label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
      }
      .list {
        padding: 0;
        overflow: hidden;
      }
      .list > p {
        padding: 16px;
        margin: 0;
      }
      .row {
        display: grid;
        grid-template-columns: auto auto minmax(0, 1fr) auto 12em 8em;
        align-items: center;
        gap: 12px;
        padding-block: 10px;
        padding-inline: 16px;
        border-block-end: 1px solid var(--divider-color);
        cursor: pointer;
      }
      .row:last-child {
        border-block-end: none;
      }
      .row:hover {
        background: color-mix(in srgb, var(--primary-color) 6%, transparent);
      }
      .row:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: -2px;
      }
      .name {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
      }
      .name strong {
        font-weight: 500;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .figures {
        font-size: 0.8125rem;
      }
      .kind svg {
        inline-size: 24px;
        block-size: 24px;
        fill: var(--secondary-text-color);
        display: block;
      }
      .duration {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .select input {
        inline-size: 20px;
        block-size: 20px;
        min-block-size: 0;
      }
      :host([narrow]) .row {
        grid-template-columns: auto auto minmax(0, 1fr) auto;
        grid-template-areas: 'select kind name status' 'select kind started duration';
      }
      :host([narrow]) .select {
        grid-area: select;
      }
      :host([narrow]) .kind {
        grid-area: kind;
      }
      :host([narrow]) .name {
        grid-area: name;
      }
      :host([narrow]) .status {
        grid-area: status;
      }
      :host([narrow]) .started {
        grid-area: started;
        font-size: 0.8125rem;
      }
      :host([narrow]) .duration {
        grid-area: duration;
        font-size: 0.8125rem;
      }
    `],x([N({attribute:!1})],ct.prototype,"hass",2),x([N({type:Boolean,reflect:!0})],ct.prototype,"narrow",2),x([G()],ct.prototype,"sessions",2),x([G()],ct.prototype,"loaded",2),x([G()],ct.prototype,"error",2),x([G()],ct.prototype,"kind",2),x([G()],ct.prototype,"status",2),x([G()],ct.prototype,"q",2),x([G()],ct.prototype,"selected",2),x([G()],ct.prototype,"creating",2),ct=x([Te("brewpit-sessions-list")],ct);function Nc(t,n=""){let e=(t??"").split("?")[0].split("/").filter(Boolean),s=new URLSearchParams((t??"").includes("?")?t.split("?")[1]:n);switch(e[0]){case"session":return e[1]?{view:"session",id:decodeURIComponent(e[1])}:{view:"sessions"};case"compare":{let i=(s.get("ids")??"").split(",").map(r=>r.trim()).filter(Boolean);return{view:"compare",ids:[...new Set(i)]}}case"live":return{view:"live"};default:return{view:"sessions"}}}var us=class extends me{constructor(){super(...arguments);this.narrow=!1;this.parsed=ke((e,s)=>Nc(e,s))}get view(){return this.parsed(this.route?.path,window.location.search)}go(e){ic(`${this.route?.prefix??"/brewpit"}${e}`)}onNavigate(e){e.stopPropagation(),this.go(e.detail.path)}render(){if(!this.hass)return H;let e=this.view,s=this.hass.dockedSidebar,i=this.narrow||s==="always_hidden",r=Se(mt(this.hass)),o=this.panel?.title||"Brewpit",a=e.view==="session"||e.view==="compare";return $`
      <header class="toolbar-top">
        ${i?$`<button
                class="icon-btn"
                aria-label=${r("panel.open_sidebar")}
                @click=${()=>de(this,"hass-toggle-menu")}
              >
                ${ti(zc)}
              </button>`:H}
        ${a?$`<button
                class="icon-btn"
                aria-label=${r("panel.back")}
                @click=${()=>this.go("/sessions")}
              >
                ${ti(Rc,!0)}
              </button>`:H}
        <h1>${o}</h1>
        <nav aria-label=${r("panel.views")}>
          <a
            href=${`${this.route?.prefix??""}/sessions`}
            aria-current=${e.view==="sessions"?"page":"false"}
            @click=${c=>this.link(c,"/sessions")}
            >${r("panel.sessions")}</a
          >
          <a
            href=${`${this.route?.prefix??""}/live`}
            aria-current=${e.view==="live"?"page":"false"}
            @click=${c=>this.link(c,"/live")}
            >${r("panel.live")}</a
          >
        </nav>
      </header>
      <main @brewpit-navigate=${this.onNavigate}>${this.renderView(e)}</main>
    `}link(e,s){let i=e;i.ctrlKey||i.metaKey||i.shiftKey||i.button>0||(e.preventDefault(),this.go(s))}renderView(e){switch(e.view){case"session":return $`<brewpit-session-detail
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .sessionId=${e.id}
        ></brewpit-session-detail>`;case"compare":return $`<brewpit-compare
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .ids=${e.ids}
        ></brewpit-compare>`;case"live":return $`<brewpit-live .hass=${this.hass} ?narrow=${this.narrow}></brewpit-live>`;default:return $`<brewpit-sessions-list
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-sessions-list>`}}};us.styles=[Ie,Le`
      :host {
        display: block;
        min-block-size: 100vh;
        background: var(--primary-background-color);
      }
      .toolbar-top {
        display: flex;
        align-items: center;
        gap: 8px;
        block-size: var(--header-height, 56px);
        padding-inline: 12px;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-block-end: var(--app-header-border-bottom, none);
        position: sticky;
        inset-block-start: 0;
        z-index: 2;
        box-sizing: border-box;
      }
      h1 {
        font-size: 1.25rem;
        font-weight: 400;
        margin: 0;
        margin-inline-end: auto;
        margin-inline-start: 4px;
      }
      .icon-btn {
        color: inherit;
        border: none;
        border-radius: 50%;
        background: transparent;
        inline-size: 44px;
        block-size: 44px;
        padding: 10px;
        justify-content: center;
      }
      .icon-btn svg {
        inline-size: 24px;
        block-size: 24px;
        fill: currentColor;
      }
      .icon-btn svg.flip:dir(rtl) {
        transform: scaleX(-1);
      }
      nav {
        display: flex;
        gap: 4px;
      }
      nav a {
        color: inherit;
        text-decoration: none;
        padding-block: 8px;
        padding-inline: 12px;
        border-radius: 18px;
        opacity: 0.8;
      }
      nav a[aria-current='page'] {
        opacity: 1;
        background: color-mix(in srgb, currentColor 16%, transparent);
      }
      nav a:focus-visible {
        outline: 2px solid currentColor;
      }
      main {
        padding: 16px;
        max-inline-size: 1400px;
        margin-inline: auto;
        box-sizing: border-box;
      }
      :host([narrow]) main {
        padding: 8px;
      }
    `],x([N({attribute:!1})],us.prototype,"hass",2),x([N({type:Boolean,reflect:!0})],us.prototype,"narrow",2),x([N({attribute:!1})],us.prototype,"route",2),x([N({attribute:!1})],us.prototype,"panel",2),us=x([Te("brewpit-panel")],us);export{us as BrewpitPanel};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
