var du=Object.defineProperty;var hu=Object.getOwnPropertyDescriptor;var x=(t,s,e,n)=>{for(var i=n>1?void 0:n?hu(s,e):s,r=t.length-1,o;r>=0;r--)(o=t[r])&&(i=(n?o(s,e,i):o(i))||i);return n&&i&&du(s,e,i),i};var hi=globalThis,mi=hi.ShadowRoot&&(hi.ShadyCSS===void 0||hi.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,fr=Symbol(),Wo=new WeakMap,Dn=class{constructor(s,e,n){if(this._$cssResult$=!0,n!==fr)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=s,this.t=e}get styleSheet(){let s=this.o,e=this.t;if(mi&&s===void 0){let n=e!==void 0&&e.length===1;n&&(s=Wo.get(e)),s===void 0&&((this.o=s=new CSSStyleSheet).replaceSync(this.cssText),n&&Wo.set(e,s))}return s}toString(){return this.cssText}},pi=t=>new Dn(typeof t=="string"?t:t+"",void 0,fr),Le=(t,...s)=>{let e=t.length===1?t[0]:s.reduce((n,i,r)=>n+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+t[r+1],t[0]);return new Dn(e,t,fr)},Ko=(t,s)=>{if(mi)t.adoptedStyleSheets=s.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of s){let n=document.createElement("style"),i=hi.litNonce;i!==void 0&&n.setAttribute("nonce",i),n.textContent=e.cssText,t.appendChild(n)}},gr=mi?t=>t:t=>t instanceof CSSStyleSheet?(s=>{let e="";for(let n of s.cssRules)e+=n.cssText;return pi(e)})(t):t;var{is:mu,defineProperty:pu,getOwnPropertyDescriptor:fu,getOwnPropertyNames:gu,getOwnPropertySymbols:bu,getPrototypeOf:vu}=Object,fi=globalThis,qo=fi.trustedTypes,yu=qo?qo.emptyScript:"",xu=fi.reactiveElementPolyfillSupport,In=(t,s)=>t,On={toAttribute(t,s){switch(s){case Boolean:t=t?yu:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,s){let e=t;switch(s){case Boolean:e=t!==null;break;case Number:e=t===null?null:Number(t);break;case Object:case Array:try{e=JSON.parse(t)}catch{e=null}}return e}},gi=(t,s)=>!mu(t,s),Go={attribute:!0,type:String,converter:On,reflect:!1,useDefault:!1,hasChanged:gi};Symbol.metadata??=Symbol("metadata"),fi.litPropertyMetadata??=new WeakMap;var os=class extends HTMLElement{static addInitializer(s){this._$Ei(),(this.l??=[]).push(s)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(s,e=Go){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(s)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(s,e),!e.noAccessor){let n=Symbol(),i=this.getPropertyDescriptor(s,n,e);i!==void 0&&pu(this.prototype,s,i)}}static getPropertyDescriptor(s,e,n){let{get:i,set:r}=fu(this.prototype,s)??{get(){return this[e]},set(o){this[e]=o}};return{get:i,set(o){let a=i?.call(this);r?.call(this,o),this.requestUpdate(s,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(s){return this.elementProperties.get(s)??Go}static _$Ei(){if(this.hasOwnProperty(In("elementProperties")))return;let s=vu(this);s.finalize(),s.l!==void 0&&(this.l=[...s.l]),this.elementProperties=new Map(s.elementProperties)}static finalize(){if(this.hasOwnProperty(In("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(In("properties"))){let e=this.properties,n=[...gu(e),...bu(e)];for(let i of n)this.createProperty(i,e[i])}let s=this[Symbol.metadata];if(s!==null){let e=litPropertyMetadata.get(s);if(e!==void 0)for(let[n,i]of e)this.elementProperties.set(n,i)}this._$Eh=new Map;for(let[e,n]of this.elementProperties){let i=this._$Eu(e,n);i!==void 0&&this._$Eh.set(i,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(s){let e=[];if(Array.isArray(s)){let n=new Set(s.flat(1/0).reverse());for(let i of n)e.unshift(gr(i))}else s!==void 0&&e.push(gr(s));return e}static _$Eu(s,e){let n=e.attribute;return n===!1?void 0:typeof n=="string"?n:typeof s=="string"?s.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(s=>this.enableUpdating=s),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(s=>s(this))}addController(s){(this._$EO??=new Set).add(s),this.renderRoot!==void 0&&this.isConnected&&s.hostConnected?.()}removeController(s){this._$EO?.delete(s)}_$E_(){let s=new Map,e=this.constructor.elementProperties;for(let n of e.keys())this.hasOwnProperty(n)&&(s.set(n,this[n]),delete this[n]);s.size>0&&(this._$Ep=s)}createRenderRoot(){let s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Ko(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(s=>s.hostConnected?.())}enableUpdating(s){}disconnectedCallback(){this._$EO?.forEach(s=>s.hostDisconnected?.())}attributeChangedCallback(s,e,n){this._$AK(s,n)}_$ET(s,e){let n=this.constructor.elementProperties.get(s),i=this.constructor._$Eu(s,n);if(i!==void 0&&n.reflect===!0){let r=(n.converter?.toAttribute!==void 0?n.converter:On).toAttribute(e,n.type);this._$Em=s,r==null?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(s,e){let n=this.constructor,i=n._$Eh.get(s);if(i!==void 0&&this._$Em!==i){let r=n.getPropertyOptions(i),o=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:On;this._$Em=i;let a=o.fromAttribute(e,r.type);this[i]=a??this._$Ej?.get(i)??a,this._$Em=null}}requestUpdate(s,e,n,i=!1,r){if(s!==void 0){let o=this.constructor;if(i===!1&&(r=this[s]),n??=o.getPropertyOptions(s),!((n.hasChanged??gi)(r,e)||n.useDefault&&n.reflect&&r===this._$Ej?.get(s)&&!this.hasAttribute(o._$Eu(s,n))))return;this.C(s,e,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(s,e,{useDefault:n,reflect:i,wrapped:r},o){n&&!(this._$Ej??=new Map).has(s)&&(this._$Ej.set(s,o??e??this[s]),r!==!0||o!==void 0)||(this._$AL.has(s)||(this.hasUpdated||n||(e=void 0),this._$AL.set(s,e)),i===!0&&this._$Em!==s&&(this._$Eq??=new Set).add(s))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let s=this.scheduleUpdate();return s!=null&&await s,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,r]of this._$Ep)this[i]=r;this._$Ep=void 0}let n=this.constructor.elementProperties;if(n.size>0)for(let[i,r]of n){let{wrapped:o}=r,a=this[i];o!==!0||this._$AL.has(i)||a===void 0||this.C(i,void 0,r,a)}}let s=!1,e=this._$AL;try{s=this.shouldUpdate(e),s?(this.willUpdate(e),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(e)):this._$EM()}catch(n){throw s=!1,this._$EM(),n}s&&this._$AE(e)}willUpdate(s){}_$AE(s){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(s)),this.updated(s)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(s){return!0}update(s){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(s){}firstUpdated(s){}};os.elementStyles=[],os.shadowRootOptions={mode:"open"},os[In("elementProperties")]=new Map,os[In("finalized")]=new Map,xu?.({ReactiveElement:os}),(fi.reactiveElementVersions??=[]).push("2.1.2");var $r=globalThis,Yo=t=>t,bi=$r.trustedTypes,Zo=bi?bi.createPolicy("lit-html",{createHTML:t=>t}):void 0,tl="$lit$",bs=`lit$${Math.random().toFixed(9).slice(2)}$`,sl="?"+bs,wu=`<${sl}>`,Ls=document,Fn=()=>Ls.createComment(""),Un=t=>t===null||typeof t!="object"&&typeof t!="function",Sr=Array.isArray,_u=t=>Sr(t)||typeof t?.[Symbol.iterator]=="function",br=`[ 	
\f\r]`,Hn=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Jo=/-->/g,Qo=/>/g,Rs=RegExp(`>|${br}(?:([^\\s"'>=/]+)(${br}*=${br}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Xo=/'/g,Bo=/"/g,nl=/^(?:script|style|textarea|title)$/i,kr=t=>(s,...e)=>({_$litType$:t,strings:s,values:e}),S=kr(1),vm=kr(2),ym=kr(3),Ns=Symbol.for("lit-noChange"),V=Symbol.for("lit-nothing"),el=new WeakMap,Ps=Ls.createTreeWalker(Ls,129);function il(t,s){if(!Sr(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return Zo!==void 0?Zo.createHTML(s):s}var $u=(t,s)=>{let e=t.length-1,n=[],i,r=s===2?"<svg>":s===3?"<math>":"",o=Hn;for(let a=0;a<e;a++){let u=t[a],d,f,p=-1,b=0;for(;b<u.length&&(o.lastIndex=b,f=o.exec(u),f!==null);)b=o.lastIndex,o===Hn?f[1]==="!--"?o=Jo:f[1]!==void 0?o=Qo:f[2]!==void 0?(nl.test(f[2])&&(i=RegExp("</"+f[2],"g")),o=Rs):f[3]!==void 0&&(o=Rs):o===Rs?f[0]===">"?(o=i??Hn,p=-1):f[1]===void 0?p=-2:(p=o.lastIndex-f[2].length,d=f[1],o=f[3]===void 0?Rs:f[3]==='"'?Bo:Xo):o===Bo||o===Xo?o=Rs:o===Jo||o===Qo?o=Hn:(o=Rs,i=void 0);let w=o===Rs&&t[a+1].startsWith("/>")?" ":"";r+=o===Hn?u+wu:p>=0?(n.push(d),u.slice(0,p)+tl+u.slice(p)+bs+w):u+bs+(p===-2?a:w)}return[il(t,r+(t[e]||"<?>")+(s===2?"</svg>":s===3?"</math>":"")),n]},Vn=class t{constructor({strings:s,_$litType$:e},n){let i;this.parts=[];let r=0,o=0,a=s.length-1,u=this.parts,[d,f]=$u(s,e);if(this.el=t.createElement(d,n),Ps.currentNode=this.el.content,e===2||e===3){let p=this.el.content.firstChild;p.replaceWith(...p.childNodes)}for(;(i=Ps.nextNode())!==null&&u.length<a;){if(i.nodeType===1){if(i.hasAttributes())for(let p of i.getAttributeNames())if(p.endsWith(tl)){let b=f[o++],w=i.getAttribute(p).split(bs),$=/([.?@])?(.*)/.exec(b);u.push({type:1,index:r,name:$[2],strings:w,ctor:$[1]==="."?yr:$[1]==="?"?xr:$[1]==="@"?wr:hn}),i.removeAttribute(p)}else p.startsWith(bs)&&(u.push({type:6,index:r}),i.removeAttribute(p));if(nl.test(i.tagName)){let p=i.textContent.split(bs),b=p.length-1;if(b>0){i.textContent=bi?bi.emptyScript:"";for(let w=0;w<b;w++)i.append(p[w],Fn()),Ps.nextNode(),u.push({type:2,index:++r});i.append(p[b],Fn())}}}else if(i.nodeType===8)if(i.data===sl)u.push({type:2,index:r});else{let p=-1;for(;(p=i.data.indexOf(bs,p+1))!==-1;)u.push({type:7,index:r}),p+=bs.length-1}r++}}static createElement(s,e){let n=Ls.createElement("template");return n.innerHTML=s,n}};function dn(t,s,e=t,n){if(s===Ns)return s;let i=n!==void 0?e._$Co?.[n]:e._$Cl,r=Un(s)?void 0:s._$litDirective$;return i?.constructor!==r&&(i?._$AO?.(!1),r===void 0?i=void 0:(i=new r(t),i._$AT(t,e,n)),n!==void 0?(e._$Co??=[])[n]=i:e._$Cl=i),i!==void 0&&(s=dn(t,i._$AS(t,s.values),i,n)),s}var vr=class{constructor(s,e){this._$AV=[],this._$AN=void 0,this._$AD=s,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(s){let{el:{content:e},parts:n}=this._$AD,i=(s?.creationScope??Ls).importNode(e,!0);Ps.currentNode=i;let r=Ps.nextNode(),o=0,a=0,u=n[0];for(;u!==void 0;){if(o===u.index){let d;u.type===2?d=new jn(r,r.nextSibling,this,s):u.type===1?d=new u.ctor(r,u.name,u.strings,this,s):u.type===6&&(d=new _r(r,this,s)),this._$AV.push(d),u=n[++a]}o!==u?.index&&(r=Ps.nextNode(),o++)}return Ps.currentNode=Ls,i}p(s){let e=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(s,n,e),e+=n.strings.length-2):n._$AI(s[e])),e++}},jn=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(s,e,n,i){this.type=2,this._$AH=V,this._$AN=void 0,this._$AA=s,this._$AB=e,this._$AM=n,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let s=this._$AA.parentNode,e=this._$AM;return e!==void 0&&s?.nodeType===11&&(s=e.parentNode),s}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(s,e=this){s=dn(this,s,e),Un(s)?s===V||s==null||s===""?(this._$AH!==V&&this._$AR(),this._$AH=V):s!==this._$AH&&s!==Ns&&this._(s):s._$litType$!==void 0?this.$(s):s.nodeType!==void 0?this.T(s):_u(s)?this.k(s):this._(s)}O(s){return this._$AA.parentNode.insertBefore(s,this._$AB)}T(s){this._$AH!==s&&(this._$AR(),this._$AH=this.O(s))}_(s){this._$AH!==V&&Un(this._$AH)?this._$AA.nextSibling.data=s:this.T(Ls.createTextNode(s)),this._$AH=s}$(s){let{values:e,_$litType$:n}=s,i=typeof n=="number"?this._$AC(s):(n.el===void 0&&(n.el=Vn.createElement(il(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===i)this._$AH.p(e);else{let r=new vr(i,this),o=r.u(this.options);r.p(e),this.T(o),this._$AH=r}}_$AC(s){let e=el.get(s.strings);return e===void 0&&el.set(s.strings,e=new Vn(s)),e}k(s){Sr(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,n,i=0;for(let r of s)i===e.length?e.push(n=new t(this.O(Fn()),this.O(Fn()),this,this.options)):n=e[i],n._$AI(r),i++;i<e.length&&(this._$AR(n&&n._$AB.nextSibling,i),e.length=i)}_$AR(s=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);s!==this._$AB;){let n=Yo(s).nextSibling;Yo(s).remove(),s=n}}setConnected(s){this._$AM===void 0&&(this._$Cv=s,this._$AP?.(s))}},hn=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(s,e,n,i,r){this.type=1,this._$AH=V,this._$AN=void 0,this.element=s,this.name=e,this._$AM=i,this.options=r,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=V}_$AI(s,e=this,n,i){let r=this.strings,o=!1;if(r===void 0)s=dn(this,s,e,0),o=!Un(s)||s!==this._$AH&&s!==Ns,o&&(this._$AH=s);else{let a=s,u,d;for(s=r[0],u=0;u<r.length-1;u++)d=dn(this,a[n+u],e,u),d===Ns&&(d=this._$AH[u]),o||=!Un(d)||d!==this._$AH[u],d===V?s=V:s!==V&&(s+=(d??"")+r[u+1]),this._$AH[u]=d}o&&!i&&this.j(s)}j(s){s===V?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,s??"")}},yr=class extends hn{constructor(){super(...arguments),this.type=3}j(s){this.element[this.name]=s===V?void 0:s}},xr=class extends hn{constructor(){super(...arguments),this.type=4}j(s){this.element.toggleAttribute(this.name,!!s&&s!==V)}},wr=class extends hn{constructor(s,e,n,i,r){super(s,e,n,i,r),this.type=5}_$AI(s,e=this){if((s=dn(this,s,e,0)??V)===Ns)return;let n=this._$AH,i=s===V&&n!==V||s.capture!==n.capture||s.once!==n.once||s.passive!==n.passive,r=s!==V&&(n===V||i);i&&this.element.removeEventListener(this.name,this,n),r&&this.element.addEventListener(this.name,this,s),this._$AH=s}handleEvent(s){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,s):this._$AH.handleEvent(s)}},_r=class{constructor(s,e,n){this.element=s,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(s){dn(this,s)}};var Su=$r.litHtmlPolyfillSupport;Su?.(Vn,jn),($r.litHtmlVersions??=[]).push("3.3.3");var rl=(t,s,e)=>{let n=e?.renderBefore??s,i=n._$litPart$;if(i===void 0){let r=e?.renderBefore??null;n._$litPart$=i=new jn(s.insertBefore(Fn(),r),r,void 0,e??{})}return i._$AI(t),i};var Er=globalThis,me=class extends os{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let s=super.createRenderRoot();return this.renderOptions.renderBefore??=s.firstChild,s}update(s){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(s),this._$Do=rl(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Ns}};me._$litElement$=!0,me.finalized=!0,Er.litElementHydrateSupport?.({LitElement:me});var ku=Er.litElementPolyfillSupport;ku?.({LitElement:me});(Er.litElementVersions??=[]).push("4.2.2");var Te=t=>(s,e)=>{e!==void 0?e.addInitializer(()=>{customElements.define(t,s)}):customElements.define(t,s)};var Eu={attribute:!0,type:String,converter:On,reflect:!1,hasChanged:gi},Mu=(t=Eu,s,e)=>{let{kind:n,metadata:i}=e,r=globalThis.litPropertyMetadata.get(i);if(r===void 0&&globalThis.litPropertyMetadata.set(i,r=new Map),n==="setter"&&((t=Object.create(t)).wrapped=!0),r.set(e.name,t),n==="accessor"){let{name:o}=e;return{set(a){let u=s.get.call(this);s.set.call(this,a),this.requestUpdate(o,u,t,!0,a)},init(a){return a!==void 0&&this.C(o,void 0,t,a),a}}}if(n==="setter"){let{name:o}=e;return function(a){let u=this[o];s.call(this,a),this.requestUpdate(o,u,t,!0,a)}}throw Error("Unsupported decorator location: "+n)};function N(t){return(s,e)=>typeof e=="object"?Mu(t,s,e):((n,i,r)=>{let o=i.hasOwnProperty(r);return i.constructor.createProperty(r,n),o?Object.getOwnPropertyDescriptor(i,r):void 0})(t,s,e)}function G(t){return N({...t,state:!0,attribute:!1})}var Ds=(t,s,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof s!="object"&&Object.defineProperty(t,s,e),e);function vi(t,s){return(e,n,i)=>{let r=o=>o.renderRoot?.querySelector(t)??null;if(s){let{get:o,set:a}=typeof n=="object"?e:i??(()=>{let u=Symbol();return{get(){return this[u]},set(d){this[u]=d}}})();return Ds(e,n,{get(){let u=o.call(this);return u===void 0&&(u=r(this),(u!==null||this.hasUpdated)&&a.call(this,u)),u}})}return Ds(e,n,{get(){return r(this)}})}}var Au="uplot",Tu="u-hz",Cu="u-vt",zu="u-title",Ru="u-wrap",Pu="u-under",Lu="u-over",Nu="u-axis",Hs="u-off",Du="u-select",Iu="u-cursor-x",Ou="u-cursor-y",Hu="u-cursor-pt",Fu="u-legend",Uu="u-live",Vu="u-inline",ju="u-series",Wu="u-marker",ol="u-label",Ku="u-value",Kn="width",qn="height";var ll="bottom",mn="left",Mr="right",Wr="#000",al=Wr+"0",Ar="mousemove",cl="mousedown",Tr="mouseup",ul="mouseenter",dl="mouseleave",hl="dblclick",qu="resize",Gu="scroll",ml="change",$i="dppxchange",Kr="--",xn=typeof window<"u",Lr=xn?document:null,fn=xn?window:null,Yu=xn?navigator:null,ue,yi;function Nr(){let t=devicePixelRatio;ue!=t&&(ue=t,yi&&Ir(ml,yi,Nr),yi=matchMedia(`(min-resolution: ${ue-.001}dppx) and (max-resolution: ${ue+.001}dppx)`),Fs(ml,yi,Nr),fn.dispatchEvent(new CustomEvent($i)))}function xt(t,s){if(s!=null){let e=t.classList;!e.contains(s)&&e.add(s)}}function Dr(t,s){let e=t.classList;e.contains(s)&&e.remove(s)}function $e(t,s,e){t.style[s]=e+"px"}function Ut(t,s,e,n){let i=Lr.createElement(t);return s!=null&&xt(i,s),e?.insertBefore(i,n),i}function Rt(t,s){return Ut("div",t,s)}var pl=new WeakMap;function es(t,s,e,n,i){let r="translate("+s+"px,"+e+"px)",o=pl.get(t);r!=o&&(t.style.transform=r,pl.set(t,r),s<0||e<0||s>n||e>i?xt(t,Hs):Dr(t,Hs))}var fl=new WeakMap;function gl(t,s,e){let n=s+e,i=fl.get(t);n!=i&&(fl.set(t,n),t.style.background=s,t.style.borderColor=e)}var bl=new WeakMap;function vl(t,s,e,n){let i=s+""+e,r=bl.get(t);i!=r&&(bl.set(t,i),t.style.height=e+"px",t.style.width=s+"px",t.style.marginLeft=n?-s/2+"px":0,t.style.marginTop=n?-e/2+"px":0)}var qr={passive:!0},Zu={...qr,capture:!0};function Fs(t,s,e,n){s.addEventListener(t,e,n?Zu:qr)}function Ir(t,s,e,n){s.removeEventListener(t,e,qr)}xn&&Nr();function Vt(t,s,e,n){let i;e=e||0,n=n||s.length-1;let r=n<=2147483647;for(;n-e>1;)i=r?e+n>>1:wt((e+n)/2),s[i]<t?e=i:n=i;return t-s[e]<=s[n]-t?e:n}function ql(t){return(e,n,i)=>{let r=-1,o=-1;for(let a=n;a<=i;a++)if(t(e[a])){r=a;break}for(let a=i;a>=n;a--)if(t(e[a])){o=a;break}return[r,o]}}var Gl=t=>t!=null,Yl=t=>t!=null&&t>0,Ei=ql(Gl),Ju=ql(Yl);function Qu(t,s,e,n=0,i=!1){let r=i?Ju:Ei,o=i?Yl:Gl;[s,e]=r(t,s,e);let a=t[s],u=t[s];if(s>-1)if(n==1)a=t[s],u=t[e];else if(n==-1)a=t[e],u=t[s];else for(let d=s;d<=e;d++){let f=t[d];o(f)&&(f<a?a=f:f>u&&(u=f))}return[a??be,u??-be]}function Mi(t,s,e,n){let i=wl(t),r=wl(s);t==s&&(i==-1?(t*=e,s/=e):(t/=e,s*=e));let o=e==10?ls:Zl,a=i==1?wt:Pt,u=r==1?Pt:wt,d=a(o(Ue(t))),f=u(o(Ue(s))),p=gn(e,d),b=gn(e,f);return e==10&&(d<0&&(p=ve(p,-d)),f<0&&(b=ve(b,-f))),n||e==2?(t=p*i,s=b*r):(t=Bl(t,p),s=Ai(s,b)),[t,s]}function Gr(t,s,e,n){let i=Mi(t,s,e,n);return t==0&&(i[0]=0),s==0&&(i[1]=0),i}var Yr=.1,yl={mode:3,pad:Yr},Yn={pad:0,soft:null,mode:0},Xu={min:Yn,max:Yn};function Si(t,s,e,n){return Ti(e)?xl(t,s,e):(Yn.pad=e,Yn.soft=n?0:null,Yn.mode=n?3:0,xl(t,s,Xu))}function ae(t,s){return t??s}function Bu(t,s,e){for(s=ae(s,0),e=ae(e,t.length-1);s<=e;){if(t[s]!=null)return!0;s++}return!1}function xl(t,s,e){let n=e.min,i=e.max,r=ae(n.pad,0),o=ae(i.pad,0),a=ae(n.hard,-be),u=ae(i.hard,be),d=ae(n.soft,be),f=ae(i.soft,-be),p=ae(n.mode,0),b=ae(i.mode,0),w=s-t,$=ls(w),C=ot(Ue(t),Ue(s)),A=ls(C),z=Ue(A-$);(w<1e-24||z>10)&&(w=0,(t==0||s==0)&&(w=1e-24,p==2&&d!=be&&(r=0),b==2&&f!=-be&&(o=0)));let y=w||C||1e3,R=ls(y),E=gn(10,wt(R)),K=y*(w==0?t==0?.1:1:r),O=ve(Bl(t-K,E/10),24),ee=t>=d&&(p==1||p==3&&O<=d||p==2&&O>=d)?d:be,Q=ot(a,O<ee&&t>=ee?ee:jt(ee,O)),ne=y*(w==0?s==0?.1:1:o),J=ve(Ai(s+ne,E/10),24),T=s<=f&&(b==1||b==3&&J>=f||b==2&&J<=f)?f:-be,B=jt(u,J>T&&s<=T?T:ot(T,J));return Q==B&&Q==0&&(B=100),[Q,B]}var ed=new Intl.NumberFormat(xn?Yu.language:"en-US"),Zr=t=>ed.format(t),_t=Math,_i=_t.PI,Ue=_t.abs,wt=_t.floor,Fe=_t.round,Pt=_t.ceil,jt=_t.min,ot=_t.max,gn=_t.pow,wl=_t.sign,ls=_t.log10,Zl=_t.log2,td=(t,s=1)=>_t.sinh(t)*s,Cr=(t,s=1)=>_t.asinh(t/s),be=1/0;function _l(t){return(ls((t^t>>31)-(t>>31))|0)+1}function Or(t,s,e){return jt(ot(t,s),e)}function Jl(t){return typeof t=="function"}function ie(t){return Jl(t)?t:()=>t}var sd=()=>{},Ql=t=>t,Xl=(t,s)=>s,nd=t=>null,$l=t=>!0,Sl=(t,s)=>t==s,id=/\.\d*?(?=9{6,}|0{6,})/gm,Us=t=>{if(ta(t)||ys.has(t))return t;let s=`${t}`,e=s.match(id);if(e==null)return t;let n=e[0].length-1;if(s.indexOf("e-")!=-1){let[i,r]=s.split("e");return+`${Us(i)}e${r}`}return ve(t,n)};function Is(t,s){return Us(ve(Us(t/s))*s)}function Ai(t,s){return Us(Pt(Us(t/s))*s)}function Bl(t,s){return Us(wt(Us(t/s))*s)}function ve(t,s=0){if(ta(t))return t;let e=10**s,n=t*e*(1+Number.EPSILON);return Fe(n)/e}var ys=new Map;function ea(t){return((""+t).split(".")[1]||"").length}function Jn(t,s,e,n){let i=[],r=n.map(ea);for(let o=s;o<e;o++){let a=Ue(o),u=ve(gn(t,o),a);for(let d=0;d<n.length;d++){let f=t==10?+`${n[d]}e${o}`:n[d]*u,p=(o>=0?0:a)+(o>=r[d]?0:r[d]),b=t==10?f:ve(f,p);i.push(b),ys.set(b,p)}}return i}var Zn={},Jr=[],bn=[null,null],vs=Array.isArray,ta=Number.isInteger,rd=t=>t===void 0;function kl(t){return typeof t=="string"}function Ti(t){let s=!1;if(t!=null){let e=t.constructor;s=e==null||e==Object}return s}function od(t){return t!=null&&typeof t=="object"}var ld=Object.getPrototypeOf(Uint8Array),sa="__proto__";function vn(t,s=Ti){let e;if(vs(t)){let n=t.find(i=>i!=null);if(vs(n)||s(n)){e=Array(t.length);for(let i=0;i<t.length;i++)e[i]=vn(t[i],s)}else e=t.slice()}else if(t instanceof ld)e=t.slice();else if(s(t)){e={};for(let n in t)n!=sa&&(e[n]=vn(t[n],s))}else e=t;return e}function De(t){let s=arguments;for(let e=1;e<s.length;e++){let n=s[e];for(let i in n)i!=sa&&(Ti(t[i])?De(t[i],vn(n[i])):t[i]=vn(n[i]))}return t}var ad=0,cd=1,ud=2;function dd(t,s,e){for(let n=0,i,r=-1;n<s.length;n++){let o=s[n];if(o>r){for(i=o-1;i>=0&&t[i]==null;)t[i--]=null;for(i=o+1;i<e&&t[i]==null;)t[r=i++]=null}}}function hd(t,s){if(fd(t)){let o=t[0].slice();for(let a=1;a<t.length;a++)o.push(...t[a].slice(1));return gd(o[0])||(o=pd(o)),o}let e=new Set;for(let o=0;o<t.length;o++){let u=t[o][0],d=u.length;for(let f=0;f<d;f++)e.add(u[f])}let n=[Array.from(e).sort((o,a)=>o-a)],i=n[0].length,r=new Map;for(let o=0;o<i;o++)r.set(n[0][o],o);for(let o=0;o<t.length;o++){let a=t[o],u=a[0];for(let d=1;d<a.length;d++){let f=a[d],p=Array(i).fill(void 0),b=s?s[o][d]:cd,w=[];for(let $=0;$<f.length;$++){let C=f[$],A=r.get(u[$]);C===null?b!=ad&&(p[A]=C,b==ud&&w.push(A)):p[A]=C}dd(p,w,i),n.push(p)}}return n}var md=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function pd(t){let s=t[0],e=s.length,n=Array(e);for(let r=0;r<n.length;r++)n[r]=r;n.sort((r,o)=>s[r]-s[o]);let i=[];for(let r=0;r<t.length;r++){let o=t[r],a=Array(e);for(let u=0;u<e;u++)a[u]=o[n[u]];i.push(a)}return i}function fd(t){let s=t[0][0],e=s.length;for(let n=1;n<t.length;n++){let i=t[n][0];if(i.length!=e)return!1;if(i!=s){for(let r=0;r<e;r++)if(i[r]!=s[r])return!1}}return!0}function gd(t,s=100){let e=t.length;if(e<=1)return!0;let n=0,i=e-1;for(;n<=i&&t[n]==null;)n++;for(;i>=n&&t[i]==null;)i--;if(i<=n)return!0;let r=ot(1,wt((i-n+1)/s));for(let o=t[n],a=n+r;a<=i;a+=r){let u=t[a];if(u!=null){if(u<=o)return!1;o=u}}return!0}var na=["January","February","March","April","May","June","July","August","September","October","November","December"],ia=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ra(t){return t.slice(0,3)}var bd=ia.map(ra),vd=na.map(ra),yd={MMMM:na,MMM:vd,WWWW:ia,WWW:bd};function Wn(t){return(t<10?"0":"")+t}function xd(t){return(t<10?"00":t<100?"0":"")+t}var wd={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,s)=>s.MMMM[t.getMonth()],MMM:(t,s)=>s.MMM[t.getMonth()],MM:t=>Wn(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>Wn(t.getDate()),D:t=>t.getDate(),WWWW:(t,s)=>s.WWWW[t.getDay()],WWW:(t,s)=>s.WWW[t.getDay()],HH:t=>Wn(t.getHours()),H:t=>t.getHours(),h:t=>{let s=t.getHours();return s==0?12:s>12?s-12:s},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>Wn(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>Wn(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>xd(t.getMilliseconds())};function Qr(t,s){s=s||yd;let e=[],n=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=n.exec(t);)e.push(i[0][0]=="{"?wd[i[1]]:i[0]);return r=>{let o="";for(let a=0;a<e.length;a++)o+=typeof e[a]=="string"?e[a]:e[a](r,s);return o}}var _d=new Intl.DateTimeFormat().resolvedOptions().timeZone;function $d(t,s){let e;return s=="UTC"||s=="Etc/UTC"?e=new Date(+t+t.getTimezoneOffset()*6e4):s==_d?e=t:(e=new Date(t.toLocaleString("en-US",{timeZone:s})),e.setMilliseconds(t.getMilliseconds())),e}var oa=t=>t%1==0,ki=[1,2,2.5,5],Sd=Jn(10,-32,0,ki),la=Jn(10,0,32,ki),kd=la.filter(oa),Os=Sd.concat(la),Xr=`
`,aa="{YYYY}",El=Xr+aa,ca="{M}/{D}",Gn=Xr+ca,xi=Gn+"/{YY}",ua="{aa}",Ed="{h}:{mm}",pn=Ed+ua,Ml=Xr+pn,Al=":{ss}",pe=null;function da(t){let s=t*1e3,e=s*60,n=e*60,i=n*24,r=i*30,o=i*365,u=(t==1?Jn(10,0,3,ki).filter(oa):Jn(10,-3,0,ki)).concat([s,s*5,s*10,s*15,s*30,e,e*5,e*10,e*15,e*30,n,n*2,n*3,n*4,n*6,n*8,n*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),d=[[o,aa,pe,pe,pe,pe,pe,pe,1],[i*28,"{MMM}",El,pe,pe,pe,pe,pe,1],[i,ca,El,pe,pe,pe,pe,pe,1],[n,"{h}"+ua,xi,pe,Gn,pe,pe,pe,1],[e,pn,xi,pe,Gn,pe,pe,pe,1],[s,Al,xi+" "+pn,pe,Gn+" "+pn,pe,Ml,pe,1],[t,Al+".{fff}",xi+" "+pn,pe,Gn+" "+pn,pe,Ml,pe,1]];function f(p){return(b,w,$,C,A,z)=>{let y=[],R=A>=o,E=A>=r&&A<o,K=p($),O=ve(K*t,3),ee=zr(K.getFullYear(),R?0:K.getMonth(),E||R?1:K.getDate()),Q=ve(ee*t,3);if(E||R){let ne=E?A/r:0,J=R?A/o:0,T=O==Q?O:ve(zr(ee.getFullYear()+J,ee.getMonth()+ne,1)*t,3),B=new Date(Fe(T/t)),H=B.getFullYear(),Y=B.getMonth();for(let W=0;T<=C;W++){let re=zr(H+J*W,Y+ne*W,1),j=re-p(ve(re*t,3));T=ve((+re+j)*t,3),T<=C&&y.push(T)}}else{let ne=A>=i?i:A,J=wt($)-wt(O),T=Q+J+Ai(O-Q,ne);y.push(T);let B=p(T),H=B.getHours()+B.getMinutes()/e+B.getSeconds()/n,Y=A/n,W=b.axes[w]._space,re=z/W;for(;T=ve(T+A,t==1?0:3),!(T>C);)if(Y>1){let j=wt(ve(H+Y,6))%24,oe=p(T).getHours()-j;oe>1&&(oe=-1),T-=oe*n,H=(H+Y)%24;let fe=y[y.length-1];ve((T-fe)/A,3)*re>=.7&&y.push(T)}else y.push(T)}return y}}return[u,d,f]}var[Md,Ad,Td]=da(1),[Cd,zd,Rd]=da(.001);Jn(2,-53,53,[1]);function Tl(t,s){return t.map(e=>e.map((n,i)=>i==0||i==8||n==null?n:s(i==1||e[8]==0?n:e[1]+n)))}function Cl(t,s){return(e,n,i,r,o)=>{let a=s.find($=>o>=$[0])||s[s.length-1],u,d,f,p,b,w;return n.map($=>{let C=t($),A=C.getFullYear(),z=C.getMonth(),y=C.getDate(),R=C.getHours(),E=C.getMinutes(),K=C.getSeconds(),O=A!=u&&a[2]||z!=d&&a[3]||y!=f&&a[4]||R!=p&&a[5]||E!=b&&a[6]||K!=w&&a[7]||a[1];return u=A,d=z,f=y,p=R,b=E,w=K,O(C)})}}function Pd(t,s){let e=Qr(s);return(n,i,r,o,a)=>i.map(u=>e(t(u)))}function zr(t,s,e){return new Date(t,s,e)}function zl(t,s){return s(t)}var Ld="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Rl(t,s){return(e,n,i,r)=>r==null?Kr:s(t(n))}function Nd(t,s){let e=t.series[s];return e.width?e.stroke(t,s):e.points.width?e.points.stroke(t,s):null}function Dd(t,s){return t.series[s].fill(t,s)}var Id={show:!0,live:!0,isolate:!1,mount:sd,markers:{show:!0,width:2,stroke:Nd,fill:Dd,dash:"solid"},idx:null,idxs:null,values:[]};function Od(t,s){let e=t.cursor.points,n=Rt(),i=e.size(t,s);$e(n,Kn,i),$e(n,qn,i);let r=i/-2;$e(n,"marginLeft",r),$e(n,"marginTop",r);let o=e.width(t,s,i);return o&&$e(n,"borderWidth",o),n}function Hd(t,s){let e=t.series[s].points;return e._fill||e._stroke}function Fd(t,s){let e=t.series[s].points;return e._stroke||e._fill}function Ud(t,s){return t.series[s].points.size}var Rr=[0,0];function Vd(t,s,e){return Rr[0]=s,Rr[1]=e,Rr}function wi(t,s,e,n=!0){return i=>{i.button==0&&(!n||i.target==s)&&e(i)}}function Pr(t,s,e,n=!0){return i=>{(!n||i.target==s)&&e(i)}}var jd={show:!0,x:!0,y:!0,lock:!1,move:Vd,points:{one:!1,show:Od,size:Ud,width:0,stroke:Fd,fill:Hd},bind:{mousedown:wi,mouseup:wi,click:wi,dblclick:wi,mousemove:Pr,mouseleave:Pr,mouseenter:Pr},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,s)=>{s.stopPropagation(),s.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,s,e,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},ha={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Br=De({},ha,{filter:Xl}),ma=De({},Br,{size:10}),pa=De({},ha,{show:!1}),eo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',fa="bold "+eo,ga=1.5,Pl={show:!0,scale:"x",stroke:Wr,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:fa,side:2,grid:Br,ticks:ma,border:pa,font:eo,lineGap:ga,rotate:0},Wd="Value",Kd="Time",Ll={show:!0,scale:"x",auto:!1,sorted:1,min:be,max:-be,idxs:[]};function qd(t,s,e,n,i){return s.map(r=>r==null?"":Zr(r))}function Gd(t,s,e,n,i,r,o){let a=[],u=ys.get(i)||0;e=o?e:ve(Ai(e,i),u);for(let d=e;d<=n;d=ve(d+i,u))a.push(Object.is(d,-0)?0:d);return a}function Hr(t,s,e,n,i,r,o){let a=[],u=t.scales[t.axes[s].scale].log,d=u==10?ls:Zl,f=wt(d(e));i=gn(u,f),u==10&&(i=Os[Vt(i,Os)]);let p=e,b=i*u;u==10&&(b=Os[Vt(b,Os)]);do a.push(p),p=p+i,u==10&&!ys.has(p)&&(p=ve(p,ys.get(i))),p>=b&&(i=p,b=i*u,u==10&&(b=Os[Vt(b,Os)]));while(p<=n);return a}function Yd(t,s,e,n,i,r,o){let u=t.scales[t.axes[s].scale].asinh,d=n>u?Hr(t,s,ot(u,e),n,i):[u],f=n>=0&&e<=0?[0]:[];return(e<-u?Hr(t,s,ot(u,-n),-e,i):[u]).reverse().map(b=>-b).concat(f,d)}var ba=/./,Zd=/[12357]/,Jd=/[125]/,Nl=/1/,Fr=(t,s,e,n)=>t.map((i,r)=>s==4&&i==0||r%n==0&&e.test(i.toExponential()[i<0?1:0])?i:null);function Qd(t,s,e,n,i){let r=t.axes[e],o=r.scale,a=t.scales[o],u=t.valToPos,d=r._space,f=u(10,o),p=u(9,o)-f>=d?ba:u(7,o)-f>=d?Zd:u(5,o)-f>=d?Jd:Nl;if(p==Nl){let b=Ue(u(1,o)-f);if(b<d)return Fr(s.slice().reverse(),a.distr,p,Pt(d/b)).reverse()}return Fr(s,a.distr,p,1)}function Xd(t,s,e,n,i){let r=t.axes[e],o=r.scale,a=r._space,u=t.valToPos,d=Ue(u(1,o)-u(2,o));return d<a?Fr(s.slice().reverse(),3,ba,Pt(a/d)).reverse():s}function Bd(t,s,e,n){return n==null?Kr:s==null?"":Zr(s)}var Dl={show:!0,scale:"y",stroke:Wr,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:fa,side:3,grid:Br,ticks:ma,border:pa,font:eo,lineGap:ga,rotate:0};function eh(t,s){let e=3+(t||1)*2;return ve(e*s,3)}function th(t,s){let{scale:e,idxs:n}=t.series[0],i=t._data[0],r=t.valToPos(i[n[0]],e,!0),o=t.valToPos(i[n[1]],e,!0),a=Ue(o-r),u=t.series[s],d=a/(u.points.space*ue);return n[1]-n[0]<=d}var Il={scale:null,auto:!0,sorted:0,min:be,max:-be},va=(t,s,e,n,i)=>i,Ol={show:!0,auto:!0,sorted:0,gaps:va,alpha:1,facets:[De({},Il,{scale:"x"}),De({},Il,{scale:"y"})]},Hl={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:va,alpha:1,points:{show:th,filter:null},values:null,min:be,max:-be,idxs:[],path:null,clip:null};function sh(t,s,e,n,i){return e/10}var ya={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},nh=De({},ya,{time:!1,ori:1}),Fl={};function xa(t,s){let e=Fl[t];return e||(e={key:t,plots:[],sub(n){e.plots.push(n)},unsub(n){e.plots=e.plots.filter(i=>i!=n)},pub(n,i,r,o,a,u,d){for(let f=0;f<e.plots.length;f++)e.plots[f]!=i&&e.plots[f].pub(n,i,r,o,a,u,d)}},t!=null&&(Fl[t]=e)),e}var yn=1,Ur=2;function Vs(t,s,e){let n=t.mode,i=t.series[s],r=n==2?t._data[s]:t._data,o=t.scales,a=t.bbox,u=r[0],d=n==2?r[1]:r[s],f=n==2?o[i.facets[0].scale]:o[t.series[0].scale],p=n==2?o[i.facets[1].scale]:o[i.scale],b=a.left,w=a.top,$=a.width,C=a.height,A=t.valToPosH,z=t.valToPosV;return f.ori==0?e(i,u,d,f,p,A,z,b,w,$,C,zi,wn,Pi,_a,Sa):e(i,u,d,f,p,z,A,w,b,C,$,Ri,_n,no,$a,ka)}function to(t,s){let e=0,n=0,i=ae(t.bands,Jr);for(let r=0;r<i.length;r++){let o=i[r];o.series[0]==s?e=o.dir:o.series[1]==s&&(o.dir==1?n|=1:n|=2)}return[e,n==1?-1:n==2?1:n==3?2:0]}function ih(t,s,e,n,i){let r=t.mode,o=t.series[s],a=r==2?o.facets[1].scale:o.scale,u=t.scales[a];return i==-1?u.min:i==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function as(t,s,e,n,i,r){return Vs(t,s,(o,a,u,d,f,p,b,w,$,C,A)=>{let z=o.pxRound,y=d.dir*(d.ori==0?1:-1),R=d.ori==0?wn:_n,E,K;y==1?(E=e,K=n):(E=n,K=e);let O=z(p(a[E],d,C,w)),ee=z(b(u[E],f,A,$)),Q=z(p(a[K],d,C,w)),ne=z(b(r==1?f.max:f.min,f,A,$)),J=new Path2D(i);return R(J,Q,ne),R(J,O,ne),R(J,O,ee),J})}function Ci(t,s,e,n,i,r){let o=null;if(t.length>0){o=new Path2D;let a=s==0?Pi:no,u=e;for(let p=0;p<t.length;p++){let b=t[p];if(b[1]>b[0]){let w=b[0]-u;w>0&&a(o,u,n,w,n+r),u=b[1]}}let d=e+i-u,f=10;d>0&&a(o,u,n-f/2,d,n+r+f)}return o}function rh(t,s,e){let n=t[t.length-1];n&&n[0]==s?n[1]=e:t.push([s,e])}function so(t,s,e,n,i,r,o){let a=[],u=t.length;for(let d=i==1?e:n;d>=e&&d<=n;d+=i)if(s[d]===null){let p=d,b=d;if(i==1)for(;++d<=n&&s[d]===null;)b=d;else for(;--d>=e&&s[d]===null;)b=d;let w=r(t[p]),$=b==p?w:r(t[b]),C=p-i;w=o<=0&&C>=0&&C<u?r(t[C]):w;let z=b+i;$=o>=0&&z>=0&&z<u?r(t[z]):$,$>=w&&a.push([w,$])}return a}function Ul(t){return t==0?Ql:t==1?Fe:s=>Is(s,t)}function wa(t){let s=t==0?zi:Ri,e=t==0?(i,r,o,a,u,d)=>{i.arcTo(r,o,a,u,d)}:(i,r,o,a,u,d)=>{i.arcTo(o,r,u,a,d)},n=t==0?(i,r,o,a,u)=>{i.rect(r,o,a,u)}:(i,r,o,a,u)=>{i.rect(o,r,u,a)};return(i,r,o,a,u,d=0,f=0)=>{d==0&&f==0?n(i,r,o,a,u):(d=jt(d,a/2,u/2),f=jt(f,a/2,u/2),s(i,r+d,o),e(i,r+a,o,r+a,o+u,d),e(i,r+a,o+u,r,o+u,f),e(i,r,o+u,r,o,f),e(i,r,o,r+a,o,d),i.closePath())}}var zi=(t,s,e)=>{t.moveTo(s,e)},Ri=(t,s,e)=>{t.moveTo(e,s)},wn=(t,s,e)=>{t.lineTo(s,e)},_n=(t,s,e)=>{t.lineTo(e,s)},Pi=wa(0),no=wa(1),_a=(t,s,e,n,i,r)=>{t.arc(s,e,n,i,r)},$a=(t,s,e,n,i,r)=>{t.arc(e,s,n,i,r)},Sa=(t,s,e,n,i,r,o)=>{t.bezierCurveTo(s,e,n,i,r,o)},ka=(t,s,e,n,i,r,o)=>{t.bezierCurveTo(e,s,i,n,o,r)};function Ea(t){return(s,e,n,i,r)=>Vs(s,e,(o,a,u,d,f,p,b,w,$,C,A)=>{let{pxRound:z,points:y}=o,R,E;d.ori==0?(R=zi,E=_a):(R=Ri,E=$a);let K=ve(y.width*ue,3),O=(y.size-y.width)/2*ue,ee=ve(O*2,3),Q=new Path2D,ne=new Path2D,{left:J,top:T,width:B,height:H}=s.bbox;Pi(ne,J-ee,T-ee,B+ee*2,H+ee*2);let Y=W=>{if(u[W]!=null){let re=z(p(a[W],d,C,w)),j=z(b(u[W],f,A,$));R(Q,re+O,j),E(Q,re,j,O,0,_i*2)}};if(r)r.forEach(Y);else for(let W=n;W<=i;W++)Y(W);return{stroke:K>0?Q:null,fill:Q,clip:ne,flags:yn|Ur}})}function Ma(t){return(s,e,n,i,r,o)=>{n!=i&&(r!=n&&o!=n&&t(s,e,n),r!=i&&o!=i&&t(s,e,i),t(s,e,o))}}var oh=Ma(wn),lh=Ma(_n);function Aa(t){let s=ae(t?.alignGaps,0);return(e,n,i,r)=>Vs(e,n,(o,a,u,d,f,p,b,w,$,C,A)=>{[i,r]=Ei(u,i,r);let z=o.pxRound,y=H=>z(p(H,d,C,w)),R=H=>z(b(H,f,A,$)),E,K;d.ori==0?(E=wn,K=oh):(E=_n,K=lh);let O=d.dir*(d.ori==0?1:-1),ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:yn},Q=ee.stroke,ne=!1;if(r-i>=C*4){let H=F=>e.posToVal(F,d.key,!0),Y=null,W=null,re,j,ct,Ee=y(a[O==1?i:r]),oe=y(a[i]),fe=y(a[r]),te=H(O==1?oe+1:fe-1);for(let F=O==1?i:r;F>=i&&F<=r;F+=O){let Oe=a[F],Me=(O==1?Oe<te:Oe>te)?Ee:y(Oe),he=u[F];Me==Ee?he!=null?(j=he,Y==null?(E(Q,Me,R(j)),re=Y=W=j):j<Y?Y=j:j>W&&(W=j)):he===null&&(ne=!0):(Y!=null&&K(Q,Ee,R(Y),R(W),R(re),R(j)),he!=null?(j=he,E(Q,Me,R(j)),Y=W=re=j):(Y=W=null,he===null&&(ne=!0)),Ee=Me,te=H(Ee+O))}Y!=null&&Y!=W&&ct!=Ee&&K(Q,Ee,R(Y),R(W),R(re),R(j))}else for(let H=O==1?i:r;H>=i&&H<=r;H+=O){let Y=u[H];Y===null?ne=!0:Y!=null&&E(Q,y(a[H]),R(Y))}let[T,B]=to(e,n);if(o.fill!=null||T!=0){let H=ee.fill=new Path2D(Q),Y=o.fillTo(e,n,o.min,o.max,T),W=R(Y),re=y(a[i]),j=y(a[r]);O==-1&&([j,re]=[re,j]),E(H,j,W),E(H,re,W)}if(!o.spanGaps){let H=[];ne&&H.push(...so(a,u,i,r,O,y,s)),ee.gaps=H=o.gaps(e,n,i,r,H),ee.clip=Ci(H,d.ori,w,$,C,A)}return B!=0&&(ee.band=B==2?[as(e,n,i,r,Q,-1),as(e,n,i,r,Q,1)]:as(e,n,i,r,Q,B)),ee})}function ah(t){let s=ae(t.align,1),e=ae(t.ascDesc,!1),n=ae(t.alignGaps,0),i=ae(t.extend,!1);return(r,o,a,u)=>Vs(r,o,(d,f,p,b,w,$,C,A,z,y,R)=>{[a,u]=Ei(p,a,u);let E=d.pxRound,{left:K,width:O}=r.bbox,ee=oe=>E($(oe,b,y,A)),Q=oe=>E(C(oe,w,R,z)),ne=b.ori==0?wn:_n,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:yn},T=J.stroke,B=b.dir*(b.ori==0?1:-1),H=Q(p[B==1?a:u]),Y=ee(f[B==1?a:u]),W=Y,re=Y;i&&s==-1&&(re=K,ne(T,re,H)),ne(T,Y,H);for(let oe=B==1?a:u;oe>=a&&oe<=u;oe+=B){let fe=p[oe];if(fe==null)continue;let te=ee(f[oe]),F=Q(fe);s==1?ne(T,te,H):ne(T,W,F),ne(T,te,F),H=F,W=te}let j=W;i&&s==1&&(j=K+O,ne(T,j,H));let[ct,Ee]=to(r,o);if(d.fill!=null||ct!=0){let oe=J.fill=new Path2D(T),fe=d.fillTo(r,o,d.min,d.max,ct),te=Q(fe);ne(oe,j,te),ne(oe,re,te)}if(!d.spanGaps){let oe=[];oe.push(...so(f,p,a,u,B,ee,n));let fe=d.width*ue/2,te=e||s==1?fe:-fe,F=e||s==-1?-fe:fe;oe.forEach(Oe=>{Oe[0]+=te,Oe[1]+=F}),J.gaps=oe=d.gaps(r,o,a,u,oe),J.clip=Ci(oe,b.ori,A,z,y,R)}return Ee!=0&&(J.band=Ee==2?[as(r,o,a,u,T,-1),as(r,o,a,u,T,1)]:as(r,o,a,u,T,Ee)),J})}function Vl(t,s,e,n,i,r,o=be){if(t.length>1){let a=null;for(let u=0,d=1/0;u<t.length;u++)if(s[u]!==void 0){if(a!=null){let f=Ue(t[u]-t[a]);f<d&&(d=f,o=Ue(e(t[u],n,i,r)-e(t[a],n,i,r)))}a=u}}return o}function ch(t){t=t||Zn;let s=ae(t.size,[.6,be,1]),e=t.align||0,n=t.gap||0,i=t.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;let r=ie(i),o=1-s[0],a=ae(s[1],be),u=ae(s[2],1),d=ae(t.disp,Zn),f=ae(t.each,w=>{}),{fill:p,stroke:b}=d;return(w,$,C,A)=>Vs(w,$,(z,y,R,E,K,O,ee,Q,ne,J,T)=>{let B=z.pxRound,H=e,Y=n*ue,W=a*ue,re=u*ue,j,ct;E.ori==0?[j,ct]=r(w,$):[ct,j]=r(w,$);let Ee=E.dir*(E.ori==0?1:-1),oe=E.ori==0?Pi:no,fe=E.ori==0?f:(D,ye,He,Ys,Ss,Yt,ks)=>{f(D,ye,He,Ss,Ys,ks,Yt)},te=ae(w.bands,Jr).find(D=>D.series[0]==$),F=te!=null?te.dir:0,Oe=z.fillTo(w,$,z.min,z.max,F),tt=B(ee(Oe,K,T,ne)),Me,he,Dt,ft=J,Ce=B(z.width*ue),Gt=!1,ns=null,Et=null,ds=null,Ks=null;p!=null&&(Ce==0||b!=null)&&(Gt=!0,ns=p.values(w,$,C,A),Et=new Map,new Set(ns).forEach(D=>{D!=null&&Et.set(D,new Path2D)}),Ce>0&&(ds=b.values(w,$,C,A),Ks=new Map,new Set(ds).forEach(D=>{D!=null&&Ks.set(D,new Path2D)})));let{x0:qs,size:An}=d;if(qs!=null&&An!=null){H=1,y=qs.values(w,$,C,A),qs.unit==2&&(y=y.map(He=>w.posToVal(Q+He*J,E.key,!0)));let D=An.values(w,$,C,A);An.unit==2?he=D[0]*J:he=O(D[0],E,J,Q)-O(0,E,J,Q),ft=Vl(y,R,O,E,J,Q,ft),Dt=ft-he+Y}else ft=Vl(y,R,O,E,J,Q,ft),Dt=ft*o+Y,he=ft-Dt;Dt<1&&(Dt=0),Ce>=he/2&&(Ce=0),Dt<5&&(B=Ql);let si=Dt>0,_s=ft-Dt-(si?Ce:0);he=B(Or(_s,re,W)),Me=(H==0?he/2:H==Ee?0:he)-H*Ee*((H==0?Y/2:0)+(si?Ce/2:0));let st={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Gs=Gt?null:new Path2D,is=null;if(te!=null)is=w.data[te.series[1]];else{let{y0:D,y1:ye}=d;D!=null&&ye!=null&&(R=ye.values(w,$,C,A),is=D.values(w,$,C,A))}let $s=j*he,X=ct*he;for(let D=Ee==1?C:A;D>=C&&D<=A;D+=Ee){let ye=R[D];if(ye==null)continue;if(is!=null){let ut=is[D]??0;if(ye-ut==0)continue;tt=ee(ut,K,T,ne)}let He=E.distr!=2||d!=null?y[D]:D,Ys=O(He,E,J,Q),Ss=ee(ae(ye,Oe),K,T,ne),Yt=B(Ys-Me),ks=B(ot(Ss,tt)),gt=B(jt(Ss,tt)),Mt=ks-gt;if(ye!=null){let ut=ye<0?X:$s,It=ye<0?$s:X;Gt?(Ce>0&&ds[D]!=null&&oe(Ks.get(ds[D]),Yt,gt+wt(Ce/2),he,ot(0,Mt-Ce),ut,It),ns[D]!=null&&oe(Et.get(ns[D]),Yt,gt+wt(Ce/2),he,ot(0,Mt-Ce),ut,It)):oe(Gs,Yt,gt+wt(Ce/2),he,ot(0,Mt-Ce),ut,It),fe(w,$,D,Yt-Ce/2,gt,he+Ce,Mt)}}return Ce>0?st.stroke=Gt?Ks:Gs:Gt||(st._fill=z.width==0?z._fill:z._stroke??z._fill,st.width=0),st.fill=Gt?Et:Gs,st})}function uh(t,s){let e=ae(s?.alignGaps,0);return(n,i,r,o)=>Vs(n,i,(a,u,d,f,p,b,w,$,C,A,z)=>{[r,o]=Ei(d,r,o);let y=a.pxRound,R=j=>y(b(j,f,A,$)),E=j=>y(w(j,p,z,C)),K,O,ee;f.ori==0?(K=zi,ee=wn,O=Sa):(K=Ri,ee=_n,O=ka);let Q=f.dir*(f.ori==0?1:-1),ne=R(u[Q==1?r:o]),J=ne,T=[],B=[];for(let j=Q==1?r:o;j>=r&&j<=o;j+=Q)if(d[j]!=null){let Ee=u[j],oe=R(Ee);T.push(J=oe),B.push(E(d[j]))}let H={stroke:t(T,B,K,ee,O,y),fill:null,clip:null,band:null,gaps:null,flags:yn},Y=H.stroke,[W,re]=to(n,i);if(a.fill!=null||W!=0){let j=H.fill=new Path2D(Y),ct=a.fillTo(n,i,a.min,a.max,W),Ee=E(ct);ee(j,J,Ee),ee(j,ne,Ee)}if(!a.spanGaps){let j=[];j.push(...so(u,d,r,o,Q,R,e)),H.gaps=j=a.gaps(n,i,r,o,j),H.clip=Ci(j,f.ori,$,C,A,z)}return re!=0&&(H.band=re==2?[as(n,i,r,o,Y,-1),as(n,i,r,o,Y,1)]:as(n,i,r,o,Y,re)),H})}function dh(t){return uh(hh,t)}function hh(t,s,e,n,i,r){let o=t.length;if(o<2)return null;let a=new Path2D;if(e(a,t[0],s[0]),o==2)n(a,t[1],s[1]);else{let u=Array(o),d=Array(o-1),f=Array(o-1),p=Array(o-1);for(let b=0;b<o-1;b++)f[b]=s[b+1]-s[b],p[b]=t[b+1]-t[b],d[b]=f[b]/p[b];u[0]=d[0];for(let b=1;b<o-1;b++)d[b]===0||d[b-1]===0||d[b-1]>0!=d[b]>0?u[b]=0:(u[b]=3*(p[b-1]+p[b])/((2*p[b]+p[b-1])/d[b-1]+(p[b]+2*p[b-1])/d[b]),isFinite(u[b])||(u[b]=0));u[o-1]=d[o-2];for(let b=0;b<o-1;b++)i(a,t[b]+p[b]/3,s[b]+u[b]*p[b]/3,t[b+1]-p[b]/3,s[b+1]-u[b+1]*p[b]/3,t[b+1],s[b+1])}return a}var Vr=new Set;function jl(){for(let t of Vr)t.syncRect(!0)}xn&&(Fs(qu,fn,jl),Fs(Gu,fn,jl,!0),Fs($i,fn,()=>{Pe.pxRatio=ue}));var mh=Aa(),ph=Ea();function Wl(t,s,e,n){return(n?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((r,o)=>jr(r,o,s,e))}function fh(t,s){return t.map((e,n)=>n==0?{}:De({},s,e))}function jr(t,s,e,n){return De({},s==0?e:n,t)}function Ta(t,s,e){return s==null?bn:[s,e]}var gh=Ta;function bh(t,s,e){return s==null?bn:Si(s,e,Yr,!0)}function Ca(t,s,e,n){return s==null?bn:Mi(s,e,t.scales[n].log,!1)}var vh=Ca;function za(t,s,e,n){return s==null?bn:Gr(s,e,t.scales[n].log,!1)}var yh=za;function xh(t,s,e,n,i){let r=ot(_l(t),_l(s)),o=s-t,a=Vt(i/n*o,e);do{let u=e[a],d=n*u/o;if(d>=i&&r+(u<5?ys.get(u):0)<=17)return[u,d]}while(++a<e.length);return[0,0]}function Kl(t){let s,e;return t=t.replace(/(\d+)px/,(n,i)=>(s=Fe((e=+i)*ue))+"px"),[t,s,e]}function wh(t){t.show&&[t.font,t.labelFont].forEach(s=>{let e=ve(s[2]*ue,1);s[0]=s[0].replace(/[0-9.]+px/,e+"px"),s[1]=e})}function Pe(t,s,e){let n={mode:ae(t.mode,1)},i=n.mode;function r(l,c,h,m){let g=c.valToPct(l);return m+h*(c.dir==-1?1-g:g)}function o(l,c,h,m){let g=c.valToPct(l);return m+h*(c.dir==-1?g:1-g)}function a(l,c,h,m){return c.ori==0?r(l,c,h,m):o(l,c,h,m)}n.valToPosH=r,n.valToPosV=o;let u=!1;n.status=0;let d=n.root=Rt(Au);if(t.id!=null&&(d.id=t.id),xt(d,t.class),t.title){let l=Rt(zu,d);l.textContent=t.title}let f=Ut("canvas"),p=n.ctx=f.getContext("2d"),b=Rt(Ru,d);Fs("click",b,l=>{l.target===$&&(xe!=on||Ae!=ln)&&Qe.click(n,l)},!0);let w=n.under=Rt(Pu,b);b.appendChild(f);let $=n.over=Rt(Lu,b);t=vn(t);let C=+ae(t.pxAlign,1),A=Ul(C);(t.plugins||[]).forEach(l=>{l.opts&&(t=l.opts(n,t)||t)});let z=t.ms||.001,y=n.series=i==1?Wl(t.series||[],Ll,Hl,!1):fh(t.series||[null],Ol),R=n.axes=Wl(t.axes||[],Pl,Dl,!0),E=n.scales={},K=n.bands=t.bands||[];K.forEach(l=>{l.fill=ie(l.fill||null),l.dir=ae(l.dir,-1)});let O=i==2?y[1].facets[0].scale:y[0].scale,ee={axes:Jc,series:Kc},Q=(t.drawOrder||["axes","series"]).map(l=>ee[l]);function ne(l){let c=l.distr==3?h=>ls(h>0?h:l.clamp(n,h,l.min,l.max,l.key)):l.distr==4?h=>Cr(h,l.asinh):l.distr==100?h=>l.fwd(h):h=>h;return h=>{let m=c(h),{_min:g,_max:v}=l,_=v-g;return(m-g)/_}}function J(l){let c=E[l];if(c==null){let h=(t.scales||Zn)[l]||Zn;if(h.from!=null){J(h.from);let m=De({},E[h.from],h,{key:l});m.valToPct=ne(m),E[l]=m}else{c=E[l]=De({},l==O?ya:nh,h),c.key=l;let m=c.time,g=c.range,v=vs(g);if((l!=O||i==2&&!m)&&(v&&(g[0]==null||g[1]==null)&&(g={min:g[0]==null?yl:{mode:1,hard:g[0],soft:g[0]},max:g[1]==null?yl:{mode:1,hard:g[1],soft:g[1]}},v=!1),!v&&Ti(g))){let _=g;g=(k,M,P)=>M==null?bn:Si(M,P,_)}c.range=ie(g||(m?gh:l==O?c.distr==3?vh:c.distr==4?yh:Ta:c.distr==3?Ca:c.distr==4?za:bh)),c.auto=ie(v?!1:c.auto),c.clamp=ie(c.clamp||sh),c._min=c._max=null,c.valToPct=ne(c)}}}J("x"),J("y"),i==1&&y.forEach(l=>{J(l.scale)}),R.forEach(l=>{J(l.scale)});for(let l in t.scales)J(l);let T=E[O],B=T.distr,H,Y;T.ori==0?(xt(d,Tu),H=r,Y=o):(xt(d,Cu),H=o,Y=r);let W={};for(let l in E){let c=E[l];(c.min!=null||c.max!=null)&&(W[l]={min:c.min,max:c.max},c.min=c.max=null)}let re=t.tzDate||(l=>new Date(Fe(l/z))),j=t.fmtDate||Qr,ct=z==1?Td(re):Rd(re),Ee=Cl(re,Tl(z==1?Ad:zd,j)),oe=Rl(re,zl(Ld,j)),fe=[],te=n.legend=De({},Id,t.legend),F=n.cursor=De({},jd,{drag:{y:i==2}},t.cursor),Oe=te.show,tt=F.show,Me=te.markers;te.idxs=fe,Me.width=ie(Me.width),Me.dash=ie(Me.dash),Me.stroke=ie(Me.stroke),Me.fill=ie(Me.fill);let he,Dt,ft,Ce=[],Gt=[],ns,Et=!1,ds={};if(te.live){let l=y[1]?y[1].values:null;Et=l!=null,ns=Et?l(n,1,0):{_:0};for(let c in ns)ds[c]=Kr}if(Oe)if(he=Ut("table",Fu,d),ft=Ut("tbody",null,he),te.mount(n,he),Et){Dt=Ut("thead",null,he,ft);let l=Ut("tr",null,Dt);Ut("th",null,l);for(var Ks in ns)Ut("th",ol,l).textContent=Ks}else xt(he,Vu),te.live&&xt(he,Uu);let qs={show:!0},An={show:!1};function si(l,c){if(c==0&&(Et||!te.live||i==2))return bn;let h=[],m=Ut("tr",ju,ft,ft.childNodes[c]);xt(m,l.class),l.show||xt(m,Hs);let g=Ut("th",null,m);if(Me.show){let k=Rt(Wu,g);if(c>0){let M=Me.width(n,c);M&&(k.style.border=M+"px "+Me.dash(n,c)+" "+Me.stroke(n,c)),k.style.background=Me.fill(n,c)}}let v=Rt(ol,g);l.label instanceof HTMLElement?v.appendChild(l.label):v.textContent=l.label,c>0&&(Me.show||(v.style.color=l.width>0?Me.stroke(n,c):Me.fill(n,c)),st("click",g,k=>{if(F._lock)return;Ms(k);let M=y.indexOf(l);if((k.ctrlKey||k.metaKey)!=te.isolate){let P=y.some((L,I)=>I>0&&I!=M&&L.show);y.forEach((L,I)=>{I>0&&Jt(I,P?I==M?qs:An:qs,!0,Ne.setSeries)})}else Jt(M,{show:!l.show},!0,Ne.setSeries)},!1),Js&&st(ul,g,k=>{F._lock||(Ms(k),Jt(y.indexOf(l),cn,!0,Ne.setSeries))},!1));for(var _ in ns){let k=Ut("td",Ku,m);k.textContent="--",h.push(k)}return[m,h]}let _s=new Map;function st(l,c,h,m=!0){let g=_s.get(c)||{},v=F.bind[l](n,c,h,m);v&&(Fs(l,c,g[l]=v),_s.set(c,g))}function Gs(l,c,h){let m=_s.get(c)||{};for(let g in m)(l==null||g==l)&&(Ir(g,c,m[g]),delete m[g]);l==null&&_s.delete(c)}let is=0,$s=0,X=0,D=0,ye=0,He=0,Ys=ye,Ss=He,Yt=X,ks=D,gt=0,Mt=0,ut=0,It=0;n.bbox={};let qi=!1,ni=!1,Zs=!1,Es=!1,ii=!1,At=!1;function Gi(l,c,h){(h||l!=n.width||c!=n.height)&&po(l,c),tn(!1),Zs=!0,ni=!0,sn()}function po(l,c){n.width=is=X=l,n.height=$s=D=c,ye=He=0,Oc(),Hc();let h=n.bbox;gt=h.left=Is(ye*ue,.5),Mt=h.top=Is(He*ue,.5),ut=h.width=Is(X*ue,.5),It=h.height=Is(D*ue,.5)}let Nc=3;function Dc(){let l=!1,c=0;for(;!l;){c++;let h=Yc(c),m=Zc(c);l=c==Nc||h&&m,l||(po(n.width,n.height),ni=!0)}}function Ic({width:l,height:c}){Gi(l,c)}n.setSize=Ic;function Oc(){let l=!1,c=!1,h=!1,m=!1;R.forEach((g,v)=>{if(g.show&&g._show){let{side:_,_size:k}=g,M=_%2,P=g.label!=null?g.labelSize:0,L=k+P;L>0&&(M?(X-=L,_==3?(ye+=L,m=!0):h=!0):(D-=L,_==0?(He+=L,l=!0):c=!0))}}),As[0]=l,As[1]=h,As[2]=c,As[3]=m,X-=hs[1]+hs[3],ye+=hs[3],D-=hs[2]+hs[0],He+=hs[0]}function Hc(){let l=ye+X,c=He+D,h=ye,m=He;function g(v,_){switch(v){case 1:return l+=_,l-_;case 2:return c+=_,c-_;case 3:return h-=_,h+_;case 0:return m-=_,m+_}}R.forEach((v,_)=>{if(v.show&&v._show){let k=v.side;v._pos=g(k,v._size),v.label!=null&&(v._lpos=g(k,v.labelSize))}})}if(F.dataIdx==null){let l=F.hover,c=l.skip=new Set(l.skip??[]);c.add(void 0);let h=l.prox=ie(l.prox),m=l.bias??=0;F.dataIdx=(g,v,_,k)=>{if(v==0)return _;let M=_,P=h(g,v,_,k)??be,L=P>=0&&P<be,I=T.ori==0?X:D,Z=F.left,ce=s[0],le=s[v];if(c.has(le[_])){M=null;let se=null,q=null,U;if(m==0||m==-1)for(U=_;se==null&&U-- >0;)c.has(le[U])||(se=U);if(m==0||m==1)for(U=_;q==null&&U++<le.length;)c.has(le[U])||(q=U);if(se!=null||q!=null)if(L){let _e=se==null?-1/0:H(ce[se],T,I,0),ze=q==null?1/0:H(ce[q],T,I,0),Ze=Z-_e,ge=ze-Z;Ze<=ge?Ze<=P&&(M=se):ge<=P&&(M=q)}else M=q==null?se:se==null?q:_-se<=q-_?se:q}else L&&Ue(Z-H(ce[_],T,I,0))>P&&(M=null);return M}}let Ms=l=>{F.event=l};F.idxs=fe,F._lock=!1;let et=F.points;et.show=ie(et.show),et.size=ie(et.size),et.stroke=ie(et.stroke),et.width=ie(et.width),et.fill=ie(et.fill);let Zt=n.focus=De({},t.focus||{alpha:.3},F.focus),Js=Zt.prox>=0,Qs=Js&&et.one,Tt=[],Xs=[],Bs=[];function fo(l,c){let h=et.show(n,c);if(h instanceof HTMLElement)return xt(h,Hu),xt(h,l.class),es(h,-10,-10,X,D),$.insertBefore(h,Tt[c]),h}function go(l,c){if(i==1||c>0){let h=i==1&&E[l.scale].time,m=l.value;l.value=h?kl(m)?Rl(re,zl(m,j)):m||oe:m||Bd,l.label=l.label||(h?Kd:Wd)}if(Qs||c>0){l.width=l.width==null?1:l.width,l.paths=l.paths||mh||nd,l.fillTo=ie(l.fillTo||ih),l.pxAlign=+ae(l.pxAlign,C),l.pxRound=Ul(l.pxAlign),l.stroke=ie(l.stroke||null),l.fill=ie(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let h=eh(ot(1,l.width),1),m=l.points=De({},{size:h,width:ot(1,h*.2),stroke:l.stroke,space:h*2,paths:ph,_stroke:null,_fill:null},l.points);m.show=ie(m.show),m.filter=ie(m.filter),m.fill=ie(m.fill),m.stroke=ie(m.stroke),m.paths=ie(m.paths),m.pxAlign=l.pxAlign}if(Oe){let h=si(l,c);Ce.splice(c,0,h[0]),Gt.splice(c,0,h[1]),te.values.push(null)}if(tt){fe.splice(c,0,null);let h=null;Qs?c==0&&(h=fo(l,c)):c>0&&(h=fo(l,c)),Tt.splice(c,0,h),Xs.splice(c,0,0),Bs.splice(c,0,0)}Ye("addSeries",c)}function Fc(l,c){c=c??y.length,l=i==1?jr(l,c,Ll,Hl):jr(l,c,{},Ol),y.splice(c,0,l),go(y[c],c)}n.addSeries=Fc;function Uc(l){if(y.splice(l,1),Oe){te.values.splice(l,1),Gt.splice(l,1);let c=Ce.splice(l,1)[0];Gs(null,c.firstChild),c.remove()}tt&&(fe.splice(l,1),Tt.splice(l,1)[0].remove(),Xs.splice(l,1),Bs.splice(l,1)),Ye("delSeries",l)}n.delSeries=Uc;let As=[!1,!1,!1,!1];function Vc(l,c){if(l._show=l.show,l.show){let h=l.side%2,m=E[l.scale];m==null&&(l.scale=h?y[1].scale:O,m=E[l.scale]);let g=m.time;l.size=ie(l.size),l.space=ie(l.space),l.rotate=ie(l.rotate),vs(l.incrs)&&l.incrs.forEach(_=>{!ys.has(_)&&ys.set(_,ea(_))}),l.incrs=ie(l.incrs||(m.distr==2?kd:g?z==1?Md:Cd:Os)),l.splits=ie(l.splits||(g&&m.distr==1?ct:m.distr==3?Hr:m.distr==4?Yd:Gd)),l.stroke=ie(l.stroke),l.grid.stroke=ie(l.grid.stroke),l.ticks.stroke=ie(l.ticks.stroke),l.border.stroke=ie(l.border.stroke);let v=l.values;l.values=vs(v)&&!vs(v[0])?ie(v):g?vs(v)?Cl(re,Tl(v,j)):kl(v)?Pd(re,v):v||Ee:v||qd,l.filter=ie(l.filter||(m.distr>=3&&m.log==10?Qd:m.distr==3&&m.log==2?Xd:Xl)),l.font=Kl(l.font),l.labelFont=Kl(l.labelFont),l._size=l.size(n,null,c,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(As[c]=!0,l._el=Rt(Nu,b))}}function Tn(l,c,h,m){let[g,v,_,k]=h,M=c%2,P=0;return M==0&&(k||v)&&(P=c==0&&!g||c==2&&!_?Fe(Pl.size/3):0),M==1&&(g||_)&&(P=c==1&&!v||c==3&&!k?Fe(Dl.size/2):0),P}let bo=n.padding=(t.padding||[Tn,Tn,Tn,Tn]).map(l=>ie(ae(l,Tn))),hs=n._padding=bo.map((l,c)=>l(n,c,As,0)),Je,We=null,Ke=null,ri=i==1?y[0].idxs:null,Ot=null,Cn=!1;function vo(l,c){if(s=l??[],n.data=n._data=s,i==2){Je=0;for(let h=1;h<y.length;h++)Je+=s[h][0].length}else{s.length==0&&(n.data=n._data=s=[[]]),Ot=s[0],Je=Ot.length;let h=s;if(B==2){h=s.slice();let m=h[0]=Array(Je);for(let g=0;g<Je;g++)m[g]=g}n._data=s=h}if(tn(!0),Ye("setData"),B==2&&(Zs=!0),c!==!1){let h=T;h.auto(n,Cn)?Yi():ps(O,h.min,h.max),Es=Es||F.left>=0,At=!0,sn()}}n.setData=vo;function Yi(){Cn=!0;let l,c;i==1&&(Je>0?(We=ri[0]=0,Ke=ri[1]=Je-1,l=s[0][We],c=s[0][Ke],B==2?(l=We,c=Ke):l==c&&(B==3?[l,c]=Mi(l,l,T.log,!1):B==4?[l,c]=Gr(l,l,T.log,!1):T.time?c=l+Fe(86400/z):[l,c]=Si(l,c,Yr,!0))):(We=ri[0]=l=null,Ke=ri[1]=c=null)),ps(O,l,c)}let oi,en,Zi,Ji,Qi,Xi,Bi,er,tr,dt;function yo(l,c,h,m,g,v){l??=al,h??=Jr,m??="butt",g??=al,v??="round",l!=oi&&(p.strokeStyle=oi=l),g!=en&&(p.fillStyle=en=g),c!=Zi&&(p.lineWidth=Zi=c),v!=Qi&&(p.lineJoin=Qi=v),m!=Xi&&(p.lineCap=Xi=m),h!=Ji&&p.setLineDash(Ji=h)}function xo(l,c,h,m){c!=en&&(p.fillStyle=en=c),l!=Bi&&(p.font=Bi=l),h!=er&&(p.textAlign=er=h),m!=tr&&(p.textBaseline=tr=m)}function sr(l,c,h,m,g=0){if(m.length>0&&l.auto(n,Cn)&&(c==null||c.min==null)){let v=ae(We,0),_=ae(Ke,m.length-1),k=h.min==null?Qu(m,v,_,g,l.distr==3):[h.min,h.max];l.min=jt(l.min,h.min=k[0]),l.max=ot(l.max,h.max=k[1])}}let wo={min:null,max:null};function jc(){for(let m in E){let g=E[m];W[m]==null&&(g.min==null||W[O]!=null&&g.auto(n,Cn))&&(W[m]=wo)}for(let m in E){let g=E[m];W[m]==null&&g.from!=null&&W[g.from]!=null&&(W[m]=wo)}W[O]!=null&&tn(!0);let l={};for(let m in W){let g=W[m];if(g!=null){let v=l[m]=vn(E[m],od);if(g.min!=null)De(v,g);else if(m!=O||i==2)if(Je==0&&v.from==null){let _=v.range(n,null,null,m);v.min=_[0],v.max=_[1]}else v.min=be,v.max=-be}}if(Je>0){y.forEach((m,g)=>{if(i==1){let v=m.scale,_=W[v];if(_==null)return;let k=l[v];if(g==0){let M=k.range(n,k.min,k.max,v);k.min=M[0],k.max=M[1],We=Vt(k.min,s[0]),Ke=Vt(k.max,s[0]),Ke-We>1&&(s[0][We]<k.min&&We++,s[0][Ke]>k.max&&Ke--),m.min=Ot[We],m.max=Ot[Ke]}else m.show&&m.auto&&sr(k,_,m,s[g],m.sorted);m.idxs[0]=We,m.idxs[1]=Ke}else if(g>0&&m.show&&m.auto){let[v,_]=m.facets,k=v.scale,M=_.scale,[P,L]=s[g],I=l[k],Z=l[M];I!=null&&sr(I,W[k],v,P,v.sorted),Z!=null&&sr(Z,W[M],_,L,_.sorted),m.min=_.min,m.max=_.max}});for(let m in l){let g=l[m],v=W[m];if(g.from==null&&(v==null||v.min==null)){let _=g.range(n,g.min==be?null:g.min,g.max==-be?null:g.max,m);g.min=_[0],g.max=_[1]}}}for(let m in l){let g=l[m];if(g.from!=null){let v=l[g.from];if(v.min==null)g.min=g.max=null;else{let _=g.range(n,v.min,v.max,m);g.min=_[0],g.max=_[1]}}}let c={},h=!1;for(let m in l){let g=l[m],v=E[m];if(v.min!=g.min||v.max!=g.max){v.min=g.min,v.max=g.max;let _=v.distr;v._min=_==3?ls(v.min):_==4?Cr(v.min,v.asinh):_==100?v.fwd(v.min):v.min,v._max=_==3?ls(v.max):_==4?Cr(v.max,v.asinh):_==100?v.fwd(v.max):v.max,c[m]=h=!0}}if(h){y.forEach((m,g)=>{i==2?g>0&&c.y&&(m._paths=null):c[m.scale]&&(m._paths=null)});for(let m in c)Zs=!0,Ye("setScale",m);tt&&F.left>=0&&(Es=At=!0)}for(let m in W)W[m]=null}function Wc(l){let c=Or(We-1,0,Je-1),h=Or(Ke+1,0,Je-1);for(;l[c]==null&&c>0;)c--;for(;l[h]==null&&h<Je-1;)h++;return[c,h]}function Kc(){if(Je>0){let l=y.some(c=>c._focus)&&dt!=Zt.alpha;l&&(p.globalAlpha=dt=Zt.alpha),y.forEach((c,h)=>{if(h>0&&c.show&&(_o(h,!1),_o(h,!0),c._paths==null)){let m=dt;dt!=c.alpha&&(p.globalAlpha=dt=c.alpha);let g=i==2?[0,s[h][0].length-1]:Wc(s[h]);c._paths=c.paths(n,h,g[0],g[1]),dt!=m&&(p.globalAlpha=dt=m)}}),y.forEach((c,h)=>{if(h>0&&c.show){let m=dt;dt!=c.alpha&&(p.globalAlpha=dt=c.alpha),c._paths!=null&&$o(h,!1);{let g=c._paths!=null?c._paths.gaps:null,v=c.points.show(n,h,We,Ke,g),_=c.points.filter(n,h,v,g);(v||_)&&(c.points._paths=c.points.paths(n,h,We,Ke,_),$o(h,!0))}dt!=m&&(p.globalAlpha=dt=m),Ye("drawSeries",h)}}),l&&(p.globalAlpha=dt=1)}}function _o(l,c){let h=c?y[l].points:y[l];h._stroke=h.stroke(n,l),h._fill=h.fill(n,l)}function $o(l,c){let h=c?y[l].points:y[l],{stroke:m,fill:g,clip:v,flags:_,_stroke:k=h._stroke,_fill:M=h._fill,_width:P=h.width}=h._paths;P=ve(P*ue,3);let L=null,I=P%2/2;c&&M==null&&(M=P>0?"#fff":k);let Z=h.pxAlign==1&&I>0;if(Z&&p.translate(I,I),!c){let ce=gt-P/2,le=Mt-P/2,se=ut+P,q=It+P;L=new Path2D,L.rect(ce,le,se,q)}c?nr(k,P,h.dash,h.cap,M,m,g,_,v):qc(l,k,P,h.dash,h.cap,M,m,g,_,L,v),Z&&p.translate(-I,-I)}function qc(l,c,h,m,g,v,_,k,M,P,L){let I=!1;M!=0&&K.forEach((Z,ce)=>{if(Z.series[0]==l){let le=y[Z.series[1]],se=s[Z.series[1]],q=(le._paths||Zn).band;vs(q)&&(q=Z.dir==1?q[0]:q[1]);let U,_e=null;le.show&&q&&Bu(se,We,Ke)?(_e=Z.fill(n,ce)||v,U=le._paths.clip):q=null,nr(c,h,m,g,_e,_,k,M,P,L,U,q),I=!0}}),I||nr(c,h,m,g,v,_,k,M,P,L)}let So=yn|Ur;function nr(l,c,h,m,g,v,_,k,M,P,L,I){yo(l,c,h,m,g),(M||P||I)&&(p.save(),M&&p.clip(M),P&&p.clip(P)),I?(k&So)==So?(p.clip(I),L&&p.clip(L),ai(g,_),li(l,v,c)):k&Ur?(ai(g,_),p.clip(I),li(l,v,c)):k&yn&&(p.save(),p.clip(I),L&&p.clip(L),ai(g,_),p.restore(),li(l,v,c)):(ai(g,_),li(l,v,c)),(M||P||I)&&p.restore()}function li(l,c,h){h>0&&(c instanceof Map?c.forEach((m,g)=>{p.strokeStyle=oi=g,p.stroke(m)}):c!=null&&l&&p.stroke(c))}function ai(l,c){c instanceof Map?c.forEach((h,m)=>{p.fillStyle=en=m,p.fill(h)}):c!=null&&l&&p.fill(c)}function Gc(l,c,h,m){let g=R[l],v;if(m<=0)v=[0,0];else{let _=g._space=g.space(n,l,c,h,m),k=g._incrs=g.incrs(n,l,c,h,m,_);v=xh(c,h,k,m,_)}return g._found=v}function ir(l,c,h,m,g,v,_,k,M,P){let L=_%2/2;C==1&&p.translate(L,L),yo(k,_,M,P,k),p.beginPath();let I,Z,ce,le,se=g+(m==0||m==3?-v:v);h==0?(Z=g,le=se):(I=g,ce=se);for(let q=0;q<l.length;q++)c[q]!=null&&(h==0?I=ce=l[q]:Z=le=l[q],p.moveTo(I,Z),p.lineTo(ce,le));p.stroke(),C==1&&p.translate(-L,-L)}function Yc(l){let c=!0;return R.forEach((h,m)=>{if(!h.show)return;let g=E[h.scale];if(g.min==null){h._show&&(c=!1,h._show=!1,tn(!1));return}else h._show||(c=!1,h._show=!0,tn(!1));let v=h.side,_=v%2,{min:k,max:M}=g,[P,L]=Gc(m,k,M,_==0?X:D);if(L==0)return;let I=g.distr==2,Z=h._splits=h.splits(n,m,k,M,P,L,I),ce=g.distr==2?Z.map(U=>Ot[U]):Z,le=g.distr==2?Ot[Z[1]]-Ot[Z[0]]:P,se=h._values=h.values(n,h.filter(n,ce,m,L,le),m,L,le);h._rotate=v==2?h.rotate(n,se,m,L):0;let q=h._size;h._size=Pt(h.size(n,se,m,l)),q!=null&&h._size!=q&&(c=!1)}),c}function Zc(l){let c=!0;return bo.forEach((h,m)=>{let g=h(n,m,As,l);g!=hs[m]&&(c=!1),hs[m]=g}),c}function Jc(){for(let l=0;l<R.length;l++){let c=R[l];if(!c.show||!c._show)continue;let h=c.side,m=h%2,g,v,_=c.stroke(n,l),k=h==0||h==3?-1:1,[M,P]=c._found;if(c.label!=null){let it=c.labelGap*k,yt=Fe((c._lpos+it)*ue);xo(c.labelFont[0],_,"center",h==2?"top":ll),p.save(),m==1?(g=v=0,p.translate(yt,Fe(Mt+It/2)),p.rotate((h==3?-_i:_i)/2)):(g=Fe(gt+ut/2),v=yt);let zs=Jl(c.label)?c.label(n,l,M,P):c.label;p.fillText(zs,g,v),p.restore()}if(P==0)continue;let L=E[c.scale],I=m==0?ut:It,Z=m==0?gt:Mt,ce=c._splits,le=L.distr==2?ce.map(it=>Ot[it]):ce,se=L.distr==2?Ot[ce[1]]-Ot[ce[0]]:M,q=c.ticks,U=c.border,_e=q.show?q.size:0,ze=Fe(_e*ue),Ze=Fe((c.alignTo==2?c._size-_e-c.gap:c.gap)*ue),ge=c._rotate*-_i/180,Re=A(c._pos*ue),bt=(ze+Ze)*k,nt=Re+bt;v=m==0?nt:0,g=m==1?nt:0;let Ct=c.font[0],Ht=c.align==1?mn:c.align==2?Mr:ge>0?mn:ge<0?Mr:m==0?"center":h==3?Mr:mn,Xt=ge||m==1?"middle":h==2?"top":ll;xo(Ct,_,Ht,Xt);let vt=c.font[1]*c.lineGap,zt=ce.map(it=>A(a(it,L,I,Z))),Ft=c._values;for(let it=0;it<Ft.length;it++){let yt=Ft[it];if(yt!=null){m==0?g=zt[it]:v=zt[it],yt=""+yt;let zs=yt.indexOf(`
`)==-1?[yt]:yt.split(/\n/gm);for(let rt=0;rt<zs.length;rt++){let jo=zs[rt];ge?(p.save(),p.translate(g,v+rt*vt),p.rotate(ge),p.fillText(jo,0,0),p.restore()):p.fillText(jo,g,v+rt*vt)}}}q.show&&ir(zt,q.filter(n,le,l,P,se),m,h,Re,ze,ve(q.width*ue,3),q.stroke(n,l),q.dash,q.cap);let Bt=c.grid;Bt.show&&ir(zt,Bt.filter(n,le,l,P,se),m,m==0?2:1,m==0?Mt:gt,m==0?It:ut,ve(Bt.width*ue,3),Bt.stroke(n,l),Bt.dash,Bt.cap),U.show&&ir([Re],[1],m==0?1:0,m==0?1:2,m==1?Mt:gt,m==1?It:ut,ve(U.width*ue,3),U.stroke(n,l),U.dash,U.cap)}Ye("drawAxes")}function tn(l){y.forEach((c,h)=>{h>0&&(c._paths=null,l&&(i==1?(c.min=null,c.max=null):c.facets.forEach(m=>{m.min=null,m.max=null})))})}let ci=!1,rr=!1,zn=[];function Qc(){rr=!1;for(let l=0;l<zn.length;l++)Ye(...zn[l]);zn.length=0}function sn(){ci||(md(ko),ci=!0)}function Xc(l,c=!1){ci=!0,rr=c,l(n),ko(),c&&zn.length>0&&queueMicrotask(Qc)}n.batch=Xc;function ko(){if(qi&&(jc(),qi=!1),Zs&&(Dc(),Zs=!1),ni){if($e(w,mn,ye),$e(w,"top",He),$e(w,Kn,X),$e(w,qn,D),$e($,mn,ye),$e($,"top",He),$e($,Kn,X),$e($,qn,D),$e(b,Kn,is),$e(b,qn,$s),f.width=Fe(is*ue),f.height=Fe($s*ue),R.forEach(({_el:l,_show:c,_size:h,_pos:m,side:g})=>{if(l!=null)if(c){let v=g===3||g===0?h:0,_=g%2==1;$e(l,_?"left":"top",m-v),$e(l,_?"width":"height",h),$e(l,_?"top":"left",_?He:ye),$e(l,_?"height":"width",_?D:X),Dr(l,Hs)}else xt(l,Hs)}),oi=en=Zi=Qi=Xi=Bi=er=tr=Ji=null,dt=1,Ln(!0),ye!=Ys||He!=Ss||X!=Yt||D!=ks){tn(!1);let l=X/Yt,c=D/ks;if(tt&&!Es&&F.left>=0){F.left*=l,F.top*=c,nn&&es(nn,Fe(F.left),0,X,D),rn&&es(rn,0,Fe(F.top),X,D);for(let h=0;h<Tt.length;h++){let m=Tt[h];m!=null&&(Xs[h]*=l,Bs[h]*=c,es(m,Pt(Xs[h]),Pt(Bs[h]),X,D))}}if(we.show&&!ii&&we.left>=0&&we.width>0){we.left*=l,we.width*=l,we.top*=c,we.height*=c;for(let h in dr)$e(an,h,we[h])}Ys=ye,Ss=He,Yt=X,ks=D}Ye("setSize"),ni=!1}is>0&&$s>0&&(p.clearRect(0,0,f.width,f.height),Ye("drawClear"),Q.forEach(l=>l()),Ye("draw")),we.show&&ii&&(ui(we),ii=!1),tt&&Es&&(Cs(null,!0,!1),Es=!1),te.show&&te.live&&At&&(cr(),At=!1),u||(u=!0,n.status=1,Ye("ready")),Cn=!1,ci=!1}n.redraw=(l,c)=>{Zs=c||!1,l!==!1?ps(O,T.min,T.max):sn()};function or(l,c){let h=E[l];if(h.from==null){if(Je==0){let m=h.range(n,c.min,c.max,l);c.min=m[0],c.max=m[1]}if(c.min>c.max){let m=c.min;c.min=c.max,c.max=m}if(Je>1&&c.min!=null&&c.max!=null&&c.max-c.min<1e-16)return;l==O&&h.distr==2&&Je>0&&(c.min=Vt(c.min,s[0]),c.max=Vt(c.max,s[0]),c.min==c.max&&c.max++),W[l]=c,qi=!0,sn()}}n.setScale=or;let lr,ar,nn,rn,Eo,Mo,on,ln,Ao,To,xe,Ae,ms=!1,Qe=F.drag,qe=Qe.x,Ge=Qe.y;tt&&(F.x&&(lr=Rt(Iu,$)),F.y&&(ar=Rt(Ou,$)),T.ori==0?(nn=lr,rn=ar):(nn=ar,rn=lr),xe=F.left,Ae=F.top);let we=n.select=De({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),an=we.show?Rt(Du,we.over?$:w):null;function ui(l,c){if(we.show){for(let h in l)we[h]=l[h],h in dr&&$e(an,h,l[h]);c!==!1&&Ye("setSelect")}}n.setSelect=ui;function Bc(l){if(y[l].show)Oe&&Dr(Ce[l],Hs);else if(Oe&&xt(Ce[l],Hs),tt){let h=Qs?Tt[0]:Tt[l];h!=null&&es(h,-10,-10,X,D)}}function ps(l,c,h){or(l,{min:c,max:h})}function Jt(l,c,h,m){c.focus!=null&&iu(l),c.show!=null&&y.forEach((g,v)=>{v>0&&(l==v||l==null)&&(g.show=c.show,Bc(v),i==2?(ps(g.facets[0].scale,null,null),ps(g.facets[1].scale,null,null)):ps(g.scale,null,null),sn())}),h!==!1&&Ye("setSeries",l,c),m&&Nn("setSeries",n,l,c)}n.setSeries=Jt;function eu(l,c){De(K[l],c)}function tu(l,c){l.fill=ie(l.fill||null),l.dir=ae(l.dir,-1),c=c??K.length,K.splice(c,0,l)}function su(l){l==null?K.length=0:K.splice(l,1)}n.addBand=tu,n.setBand=eu,n.delBand=su;function nu(l,c){y[l].alpha=c,tt&&Tt[l]!=null&&(Tt[l].style.opacity=c),Oe&&Ce[l]&&(Ce[l].style.opacity=c)}let rs,fs,Ts,cn={focus:!0};function iu(l){if(l!=Ts){let c=l==null,h=Zt.alpha!=1;y.forEach((m,g)=>{if(i==1||g>0){let v=c||g==0||g==l;m._focus=c?null:v,h&&nu(g,v?1:Zt.alpha)}}),Ts=l,h&&sn()}}Oe&&Js&&st(dl,he,l=>{F._lock||(Ms(l),Ts!=null&&Jt(null,cn,!0,Ne.setSeries))});function Qt(l,c,h){let m=E[c];h&&(l=l/ue-(m.ori==1?He:ye));let g=X;m.ori==1&&(g=D,l=g-l),m.dir==-1&&(l=g-l);let v=m._min,_=m._max,k=l/g,M=v+(_-v)*k,P=m.distr;return P==3?gn(10,M):P==4?td(M,m.asinh):P==100?m.bwd(M):M}function ru(l,c){let h=Qt(l,O,c);return Vt(h,s[0],We,Ke)}n.valToIdx=l=>Vt(l,s[0]),n.posToIdx=ru,n.posToVal=Qt,n.valToPos=(l,c,h)=>E[c].ori==0?r(l,E[c],h?ut:X,h?gt:0):o(l,E[c],h?It:D,h?Mt:0),n.setCursor=(l,c,h)=>{xe=l.left,Ae=l.top,Cs(null,c,h)};function Co(l,c){$e(an,mn,we.left=l),$e(an,Kn,we.width=c)}function zo(l,c){$e(an,"top",we.top=l),$e(an,qn,we.height=c)}let Rn=T.ori==0?Co:zo,Pn=T.ori==1?Co:zo;function ou(){if(Oe&&te.live)for(let l=i==2?1:0;l<y.length;l++){if(l==0&&Et)continue;let c=te.values[l],h=0;for(let m in c)Gt[l][h++].firstChild.nodeValue=c[m]}}function cr(l,c){if(l!=null&&(l.idxs?l.idxs.forEach((h,m)=>{fe[m]=h}):rd(l.idx)||fe.fill(l.idx),te.idx=fe[0]),Oe&&te.live){for(let h=0;h<y.length;h++)(h>0||i==1&&!Et)&&lu(h,fe[h]);ou()}At=!1,c!==!1&&Ye("setLegend")}n.setLegend=cr;function lu(l,c){let h=y[l],m=l==0&&B==2?Ot:s[l],g;Et?g=h.values(n,l,c)??ds:(g=h.value(n,c==null?null:m[c],l,c),g=g==null?ds:{_:g}),te.values[l]=g}function Cs(l,c,h){Ao=xe,To=Ae,[xe,Ae]=F.move(n,xe,Ae),F.left=xe,F.top=Ae,tt&&(nn&&es(nn,Fe(xe),0,X,D),rn&&es(rn,0,Fe(Ae),X,D));let m,g=We>Ke;rs=be,fs=null;let v=T.ori==0?X:D,_=T.ori==1?X:D;if(xe<0||Je==0||g){m=F.idx=null;for(let k=0;k<y.length;k++){let M=Tt[k];M!=null&&es(M,-10,-10,X,D)}Js&&Jt(null,cn,!0,l==null&&Ne.setSeries),te.live&&(fe.fill(m),At=!0)}else{let k,M,P;i==1&&(k=T.ori==0?xe:Ae,M=Qt(k,O),m=F.idx=Vt(M,s[0],We,Ke),P=H(s[0][m],T,v,0));let L=-10,I=-10,Z=0,ce=0,le=!0,se="",q="";for(let U=i==2?1:0;U<y.length;U++){let _e=y[U],ze=fe[U],Ze=ze==null?null:i==1?s[U][ze]:s[U][1][ze],ge=F.dataIdx(n,U,m,M),Re=ge==null?null:i==1?s[U][ge]:s[U][1][ge];if(At=At||Re!=Ze||ge!=ze,fe[U]=ge,U>0&&_e.show){let bt=ge==null?-10:ge==m?P:H(i==1?s[0][ge]:s[U][0][ge],T,v,0),nt=Re==null?-10:Y(Re,i==1?E[_e.scale]:E[_e.facets[1].scale],_,0);if(Js&&Re!=null){let Ct=T.ori==1?xe:Ae,Ht=Ue(Zt.dist(n,U,ge,nt,Ct));if(Ht<rs){let Xt=Zt.bias;if(Xt!=0){let vt=Qt(Ct,_e.scale),zt=Re>=0?1:-1,Ft=vt>=0?1:-1;Ft==zt&&(Ft==1?Xt==1?Re>=vt:Re<=vt:Xt==1?Re<=vt:Re>=vt)&&(rs=Ht,fs=U)}else rs=Ht,fs=U}}if(At||Qs){let Ct,Ht;T.ori==0?(Ct=bt,Ht=nt):(Ct=nt,Ht=bt);let Xt,vt,zt,Ft,Bt,it,yt=!0,zs=et.bbox;if(zs!=null){yt=!1;let rt=zs(n,U);zt=rt.left,Ft=rt.top,Xt=rt.width,vt=rt.height}else zt=Ct,Ft=Ht,Xt=vt=et.size(n,U);if(it=et.fill(n,U),Bt=et.stroke(n,U),Qs)U==fs&&rs<=Zt.prox&&(L=zt,I=Ft,Z=Xt,ce=vt,le=yt,se=it,q=Bt);else{let rt=Tt[U];rt!=null&&(Xs[U]=zt,Bs[U]=Ft,vl(rt,Xt,vt,yt),gl(rt,it,Bt),es(rt,Pt(zt),Pt(Ft),X,D))}}}}if(Qs){let U=Zt.prox,_e=Ts==null?rs<=U:rs>U||fs!=Ts;if(At||_e){let ze=Tt[0];ze!=null&&(Xs[0]=L,Bs[0]=I,vl(ze,Z,ce,le),gl(ze,se,q),es(ze,Pt(L),Pt(I),X,D))}}}if(we.show&&ms)if(l!=null){let[k,M]=Ne.scales,[P,L]=Ne.match,[I,Z]=l.cursor.sync.scales,ce=l.cursor.drag;if(qe=ce._x,Ge=ce._y,qe||Ge){let{left:le,top:se,width:q,height:U}=l.select,_e=l.scales[I].ori,ze=l.posToVal,Ze,ge,Re,bt,nt,Ct=k!=null&&P(k,I),Ht=M!=null&&L(M,Z);Ct&&qe?(_e==0?(Ze=le,ge=q):(Ze=se,ge=U),Re=E[k],bt=H(ze(Ze,I),Re,v,0),nt=H(ze(Ze+ge,I),Re,v,0),Rn(jt(bt,nt),Ue(nt-bt))):Rn(0,v),Ht&&Ge?(_e==1?(Ze=le,ge=q):(Ze=se,ge=U),Re=E[M],bt=Y(ze(Ze,Z),Re,_,0),nt=Y(ze(Ze+ge,Z),Re,_,0),Pn(jt(bt,nt),Ue(nt-bt))):Pn(0,_)}else hr()}else{let k=Ue(Ao-Eo),M=Ue(To-Mo);if(T.ori==1){let Z=k;k=M,M=Z}qe=Qe.x&&k>=Qe.dist,Ge=Qe.y&&M>=Qe.dist;let P=Qe.uni;P!=null?qe&&Ge&&(qe=k>=P,Ge=M>=P,!qe&&!Ge&&(M>k?Ge=!0:qe=!0)):Qe.x&&Qe.y&&(qe||Ge)&&(qe=Ge=!0);let L,I;qe&&(T.ori==0?(L=on,I=xe):(L=ln,I=Ae),Rn(jt(L,I),Ue(I-L)),Ge||Pn(0,_)),Ge&&(T.ori==1?(L=on,I=xe):(L=ln,I=Ae),Pn(jt(L,I),Ue(I-L)),qe||Rn(0,v)),!qe&&!Ge&&(Rn(0,0),Pn(0,0))}if(Qe._x=qe,Qe._y=Ge,l==null){if(h){if(Vo!=null){let[k,M]=Ne.scales;Ne.values[0]=k!=null?Qt(T.ori==0?xe:Ae,k):null,Ne.values[1]=M!=null?Qt(T.ori==1?xe:Ae,M):null}Nn(Ar,n,xe,Ae,X,D,m)}if(Js){let k=h&&Ne.setSeries,M=Zt.prox;Ts==null?rs<=M&&Jt(fs,cn,!0,k):rs>M?Jt(null,cn,!0,k):fs!=Ts&&Jt(fs,cn,!0,k)}}At&&(te.idx=m,cr()),c!==!1&&Ye("setCursor")}let gs=null;Object.defineProperty(n,"rect",{get(){return gs==null&&Ln(!1),gs}});function Ln(l=!1){l?gs=null:(gs=$.getBoundingClientRect(),Ye("syncRect",gs))}function Ro(l,c,h,m,g,v,_){F._lock||ms&&l!=null&&l.movementX==0&&l.movementY==0||(ur(l,c,h,m,g,v,_,!1,l!=null),l!=null?Cs(null,!0,!0):Cs(c,!0,!1))}function ur(l,c,h,m,g,v,_,k,M){if(gs==null&&Ln(!1),Ms(l),l!=null)h=l.clientX-gs.left,m=l.clientY-gs.top;else{if(h<0||m<0){xe=-10,Ae=-10;return}let[P,L]=Ne.scales,I=c.cursor.sync,[Z,ce]=I.values,[le,se]=I.scales,[q,U]=Ne.match,_e=c.axes[0].side%2==1,ze=T.ori==0?X:D,Ze=T.ori==1?X:D,ge=_e?v:g,Re=_e?g:v,bt=_e?m:h,nt=_e?h:m;if(le!=null?h=q(P,le)?a(Z,E[P],ze,0):-10:h=ze*(bt/ge),se!=null?m=U(L,se)?a(ce,E[L],Ze,0):-10:m=Ze*(nt/Re),T.ori==1){let Ct=h;h=m,m=Ct}}M&&(c==null||c.cursor.event.type==Ar)&&((h<=1||h>=X-1)&&(h=Is(h,X)),(m<=1||m>=D-1)&&(m=Is(m,D))),k?(Eo=h,Mo=m,[on,ln]=F.move(n,h,m)):(xe=h,Ae=m)}let dr={width:0,height:0,left:0,top:0};function hr(){ui(dr,!1)}let Po,Lo,No,Do;function Io(l,c,h,m,g,v,_){ms=!0,qe=Ge=Qe._x=Qe._y=!1,ur(l,c,h,m,g,v,_,!0,!1),l!=null&&(st(Tr,Lr,Oo,!1),Nn(cl,n,on,ln,X,D,null));let{left:k,top:M,width:P,height:L}=we;Po=k,Lo=M,No=P,Do=L}function Oo(l,c,h,m,g,v,_){ms=Qe._x=Qe._y=!1,ur(l,c,h,m,g,v,_,!1,!0);let{left:k,top:M,width:P,height:L}=we,I=P>0||L>0,Z=Po!=k||Lo!=M||No!=P||Do!=L;if(I&&Z&&ui(we),Qe.setScale&&I&&Z){let ce=k,le=P,se=M,q=L;if(T.ori==1&&(ce=M,le=L,se=k,q=P),qe&&ps(O,Qt(ce,O),Qt(ce+le,O)),Ge)for(let U in E){let _e=E[U];U!=O&&_e.from==null&&_e.min!=be&&ps(U,Qt(se+q,U),Qt(se,U))}hr()}else F.lock&&(F._lock=!F._lock,Cs(c,!0,l!=null));l!=null&&(Gs(Tr,Lr),Nn(Tr,n,xe,Ae,X,D,null))}function au(l,c,h,m,g,v,_){if(F._lock)return;Ms(l);let k=ms;if(ms){let M=!0,P=!0,L=10,I,Z;T.ori==0?(I=qe,Z=Ge):(I=Ge,Z=qe),I&&Z&&(M=xe<=L||xe>=X-L,P=Ae<=L||Ae>=D-L),I&&M&&(xe=xe<on?0:X),Z&&P&&(Ae=Ae<ln?0:D),Cs(null,!0,!0),ms=!1}xe=-10,Ae=-10,fe.fill(null),Cs(null,!0,!0),k&&(ms=k)}function Ho(l,c,h,m,g,v,_){F._lock||(Ms(l),Yi(),hr(),l!=null&&Nn(hl,n,xe,Ae,X,D,null))}function Fo(){R.forEach(wh),Gi(n.width,n.height,!0)}Fs($i,fn,Fo);let un={};un.mousedown=Io,un.mousemove=Ro,un.mouseup=Oo,un.dblclick=Ho,un.setSeries=(l,c,h,m)=>{let g=Ne.match[2];h=g(n,c,h),h!=-1&&Jt(h,m,!0,!1)},tt&&(st(cl,$,Io),st(Ar,$,Ro),st(ul,$,l=>{Ms(l),Ln(!1)}),st(dl,$,au),st(hl,$,Ho),Vr.add(n),n.syncRect=Ln);let di=n.hooks=t.hooks||{};function Ye(l,c,h){rr?zn.push([l,c,h]):l in di&&di[l].forEach(m=>{m.call(null,n,c,h)})}(t.plugins||[]).forEach(l=>{for(let c in l.hooks)di[c]=(di[c]||[]).concat(l.hooks[c])});let Uo=(l,c,h)=>h,Ne=De({key:null,setSeries:!1,filters:{pub:$l,sub:$l},scales:[O,y[1]?y[1].scale:null],match:[Sl,Sl,Uo],values:[null,null]},F.sync);Ne.match.length==2&&Ne.match.push(Uo),F.sync=Ne;let Vo=Ne.key,mr=xa(Vo);function Nn(l,c,h,m,g,v,_){Ne.filters.pub(l,c,h,m,g,v,_)&&mr.pub(l,c,h,m,g,v,_)}mr.sub(n);function cu(l,c,h,m,g,v,_){Ne.filters.sub(l,c,h,m,g,v,_)&&un[l](null,c,h,m,g,v,_)}n.pub=cu;function uu(){mr.unsub(n),Vr.delete(n),_s.clear(),Ir($i,fn,Fo),d.remove(),he?.remove(),Ye("destroy")}n.destroy=uu;function pr(){Ye("init",t,s),vo(s||t.data,!1),W[O]?or(O,W[O]):Yi(),ii=we.show&&(we.width>0||we.height>0),Es=At=!0,Gi(t.width,t.height)}return y.forEach(go),R.forEach(Vc),e?e instanceof HTMLElement?(e.appendChild(d),pr()):e(n,pr):pr(),n}Pe.assign=De;Pe.fmtNum=Zr;Pe.rangeNum=Si;Pe.rangeLog=Mi;Pe.rangeAsinh=Gr;Pe.orient=Vs;Pe.pxRatio=ue;Pe.join=hd;Pe.fmtDate=Qr,Pe.tzDate=$d;Pe.sync=xa;{Pe.addGap=rh,Pe.clipGaps=Ci;let t=Pe.paths={points:Ea};t.linear=Aa,t.stepped=ah,t.bars=ch,t.spline=dh}function _h(t){switch(t.number_format){case"comma_decimal":return["en-US","en"];case"decimal_comma":return["de","es","it"];case"space_comma":return["fr","sv","cs"];case"system":return;default:return t.language}}function $h(t){if(t.time_format==="12")return!0;if(t.time_format==="24")return!1}function io(t,s){return t.time_zone==="server"&&s?s:Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}function Lt(t,s){let e=_h(t),n=t.number_format==="none",i=new Map,r=io(t,s),o=$h(t),a=t.language||"en",u=y=>new Intl.DateTimeFormat(a,{hour12:o,timeZone:r,...y}),d=u({dateStyle:"medium",timeStyle:"short"}),f=u({hour:"numeric",minute:"2-digit"}),p=u({hour:"numeric",minute:"2-digit",second:"2-digit"}),b=u({month:"short",day:"numeric"}),w=u({year:"numeric",month:"short",day:"numeric"}),$=u({weekday:"short",hour:"numeric",minute:"2-digit"}),C=u({year:"numeric",month:"2-digit",day:"2-digit"}),A=u({timeZoneName:"short"}),z=new Intl.RelativeTimeFormat(a,{numeric:"auto"});return{timeZone:r,number(y,R){if(y==null||!Number.isFinite(y))return"—";let E=i.get(R);return E||(E=new Intl.NumberFormat(e,{minimumFractionDigits:R,maximumFractionDigits:R,useGrouping:!n}),i.set(R,E)),E.format(y)},dateTime:y=>d.format(y),time:y=>f.format(y),timeSeconds:y=>p.format(y),date:y=>b.format(y),dateYear:y=>w.format(y),zone:y=>A.formatToParts(y).find(R=>R.type==="timeZoneName")?.value??r,clock:(y,R)=>(C.format(y)===C.format(R)?f:$).format(y),relative(y){let R=Math.max(0,Math.round(y/1e3));if(R<60)return z.format(-R,"second");let E=Math.round(R/60);if(E<60)return z.format(-E,"minute");let K=Math.round(E/60);return K<48?z.format(-K,"hour"):z.format(-Math.round(K/24),"day")}}}function ts(t,s){if(!Number.isFinite(t)||t<0)return"—";let e=Math.floor(t/1e3);if(e<60)return s("duration.seconds",{s:e});let n=Math.floor(e/60);if(n<60)return s("duration.minutes",{m:n});let i=Math.floor(n/60);return i<48?s("duration.hours",{h:i,m:String(n%60).padStart(2,"0")}):s("duration.days",{d:Math.floor(i/24),h:i%24})}function Ra(t,s){if(!Number.isFinite(t))return"—";if(t<6e4)return s("remaining.under_minute");let e=Math.ceil(t/6e4),n=Math.floor(e/60),i=e%60;return n===0?s("remaining.minutes",{m:i}):s("remaining.hours",{h:n,m:String(i).padStart(2,"0")})}function Li(t){let s=t<0,e=Math.round(Math.abs(t)/60),n=Math.floor(e/60),i=e%60,r=n>=48?Math.floor(n/24):0,o=r>0?String(n%24).padStart(2,"0"):String(n),a=`${r>0?`${r}d `:""}${o}:${String(i).padStart(2,"0")}`;return s?`-${a}`:a}var Pa={"panel.open_sidebar":"Seitenleiste öffnen","panel.back":"Zurück zu den Sitzungen","panel.views":"Brewpit-Ansichten","panel.sessions":"Sitzungen","panel.live":"Live","common.cancel":"Abbrechen","common.close":"Schließen","kind.cook":"Grillen","kind.brew":"Brauen","status.running":"Läuft","status.ended":"Beendet","role.pit":"Garraum","role.meat":"Fleisch","role.wort":"Würze","role.chamber":"Gärkammer","role.gravity":"Stammwürze","role.ambient":"Umgebung","role.other":"Sonstiges","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} T {h} h","remaining.under_minute":"in unter einer Minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filter","list.search_label":"Sitzungen suchen","list.search":"Name, Rezept, Notizen durchsuchen","list.all":"Alle","list.cooks":"Grillsitzungen","list.brews":"Sude","list.status":"Status","list.compare":"Vergleichen ({count})","list.compare_label":"{count} ausgewählte Sitzungen vergleichen","list.new":"Neue Sitzung","list.sessions":"Sitzungen","list.loading":"Sitzungen werden geladen…","list.none":"Keine passenden Sitzungen. Starte eine mit „Neue Sitzung“.","list.select":"{name} zum Vergleich auswählen","list.channels":"{count, plural, one {# Kanal} other {# Kanäle}}","list.max":"{label} max. {value}","form.title":"Neue Sitzung","form.name":"Name","form.kind":"Art","form.recipe":"Rezept","form.og":"Stammwürze (SG)","form.probes":"Fühler","form.loading_probes":"Fühler werden geladen…","form.no_probes":"Noch keine Fühler bekannt; zuerst einen Edge-Knoten koppeln.","form.no_reading":"kein Messwert","form.other_probes":"{count, plural, one {# weiterer Fühler} other {# weitere Fühler}} (beim {kind} unüblich)","form.other_roles":"Andere Rollen","form.role_of":"Rolle von {probe}","form.target_of":"Zielwert von {probe} in {unit}","form.target_placeholder":"Ziel {unit}","form.in_use":"Wird in {sessions} verwendet (läuft)","form.share":"Auch hier verwenden (geteilt mit {sessions})","form.confirm_share_first":"{probe} gehört schon zu einer laufenden Sitzung: Teilen bestätigen oder weglassen.","form.start":"Sitzung starten","detail.loading":"Sitzung wird geladen…","detail.live_unavailable":"Live-Daten nicht verfügbar: {error}","detail.export_csv":"CSV exportieren","detail.export_failed":"Der CSV-Export ist fehlgeschlagen (HTTP {status}).","detail.started":"Begonnen {time}","detail.ended":"beendet {time}","detail.chart":"Diagramm","detail.chart_of":"Diagramm {name}","detail.pan_earlier":"Früher","detail.pan_later":"Später","detail.zoom_in":"Vergrößern","detail.zoom_out":"Verkleinern","detail.reset_zoom":"Zoom zurücksetzen","detail.back_to_live":"Zurück zu live","detail.range_live":"Live · ganze Sitzung","detail.range_live_window":"Live · letzte {duration}","detail.range_whole":"Ganze Sitzung","detail.downsampled":"verdichtet","detail.no_channels":"Diese Sitzung hat noch keine Kanäle.","detail.end":"Sitzung beenden","detail.confirm_end":"Beenden bestätigen","detail.confirm_end_group":"Beenden der Sitzung bestätigen","figures.title":"Kennzahlen","figures.title_in_view":"Kennzahlen im Ausschnitt","figures.channel":"Kanal","figures.now":"Jetzt","figures.min":"Min.","figures.max":"Max.","figures.target":"Ziel","notes.title":"Notizen und Warnungen","notes.text":"Notiztext","notes.placeholder":"Notiz hinzufügen, z. B. in Metzgerpapier gewickelt","notes.add":"Notiz hinzufügen","notes.at_picked":"Um {time} (im Diagramm gewählt)","notes.use_now":"jetzt verwenden","notes.at_now":"Zur aktuellen Zeit; ins Diagramm klicken, um einen anderen Zeitpunkt zu wählen.","notes.none":"Noch keine Notizen.","notes.kind.note":"Notiz","notes.kind.alert":"Warnung","notes.kind.event":"Ereignis","predictions.probe":"Fühler {id}","predictions.reached":"Ziel erreicht","predictions.reached_at":"erreicht um {time}","predictions.soon":"Bald fertig","predictions.band":"zwischen {low} und {high}","predictions.stall_on":"Im Plateau seit {time} ({duration})","predictions.stall_over":"{duration} im Plateau, steigt wieder seit {time}","predictions.gravity":"Dichte {value}","predictions.attenuation":"{value} % Vergärungsgrad","predictions.abv":"{value} % Alkohol","predictions.finished":"Fertig","eta.reason.warming_up":"wärmt sich auf","eta.reason.stall":"im Plateau — Schätzung folgt, sobald die Temperatur wieder steigt","eta.reason.no_progress":"erwärmt sich noch nicht messbar","eta.reason.no_pit":"braucht einen Garraumfühler in dieser Sitzung","eta.reason.pit_below_target":"der Garraum ist zu kühl für das Ziel","eta.reason.fit_poor":"Messwerte noch zu unruhig für eine Schätzung","eta.reason.too_far":"mehr als 12 Stunden entfernt","eta.reason.no_target":"kein Ziel gesetzt","eta.reason.other":"noch keine Schätzung","chart.role":"Diagramm","chart.hint":"Ziehen zum Zoomen; Pfeiltasten verschieben, Plus und Minus zoomen, 0 setzt zurück.","chart.legend":"Legende","chart.elapsed_axis":"Dauer (h:mm)","chart.target":"{label} Ziel {value}","chart.eta":"fertig {time}","chart.reached":"erreicht","chart.stall":"Plateau","chart.stall_of":"{label}: Plateau","compare.pick":"Zwei oder mehr Sitzungen in der Liste wählen, um sie zu vergleichen.","compare.go_to_sessions":"Zu den Sitzungen","compare.title":"{count} Sitzungen vergleichen","compare.role_compared":"{role} im Vergleich","compare.chart_label":"{role} von {count} Sitzungen nach Dauer","compare.nothing":"Diese Sitzungen haben keine vergleichbaren Kanäle.","live.loading":"Fühler werden geladen…","live.no_probes":"Noch keine Fühler. Einen Edge-Knoten koppeln, um ihn hier zu sehen.","live.node":"Knoten {name}","live.unavailable":"Nicht verfügbar","live.last_seen":"zuletzt gesehen {when}","live.never_seen":"nie gesehen"};var ro={"panel.open_sidebar":"Open the sidebar","panel.back":"Back to sessions","panel.views":"Brewpit views","panel.sessions":"Sessions","panel.live":"Live","common.cancel":"Cancel","common.close":"Close","kind.cook":"Cook","kind.brew":"Brew","status.running":"Running","status.ended":"Ended","role.pit":"Pit","role.meat":"Meat","role.wort":"Wort","role.chamber":"Chamber","role.gravity":"Gravity","role.ambient":"Ambient","role.other":"Other","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} d {h} h","remaining.under_minute":"in under a minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filters","list.search_label":"Search sessions","list.search":"Search name, recipe, notes","list.all":"All","list.cooks":"Cooks","list.brews":"Brews","list.status":"Status","list.compare":"Compare ({count})","list.compare_label":"Compare {count} selected sessions","list.new":"New session","list.sessions":"Sessions","list.loading":"Loading sessions…","list.none":"No sessions match. Start one with “New session”.","list.select":"Select {name} for comparison","list.channels":"{count, plural, one {# channel} other {# channels}}","list.max":"{label} max {value}","form.title":"New session","form.name":"Name","form.kind":"Kind","form.recipe":"Recipe","form.og":"Original gravity","form.probes":"Probes","form.loading_probes":"Loading probes…","form.no_probes":"No probes known yet; pair an edge node first.","form.no_reading":"no reading","form.other_probes":"{count, plural, one {# more probe} other {# more probes}} (not usual in a {kind})","form.other_roles":"Other roles","form.role_of":"Role of {probe}","form.target_of":"Target of {probe} in {unit}","form.target_placeholder":"target {unit}","form.in_use":"In use in {sessions} (running)","form.share":"Also use it here (shared with {sessions})","form.confirm_share_first":"{probe} is already part of a running session: confirm sharing it, or leave it out.","form.start":"Start session","detail.loading":"Loading session…","detail.live_unavailable":"Live updates unavailable: {error}","detail.export_csv":"Export CSV","detail.export_failed":"The CSV export failed (HTTP {status}).","detail.started":"Started {time}","detail.ended":"ended {time}","detail.og":"OG {value}","detail.chart":"Chart","detail.chart_of":"{name} chart","detail.pan_earlier":"Pan earlier","detail.pan_later":"Pan later","detail.zoom_in":"Zoom in","detail.zoom_out":"Zoom out","detail.reset_zoom":"Reset zoom","detail.back_to_live":"Back to live","detail.range_live":"Live · whole session","detail.range_live_window":"Live · last {duration}","detail.range_whole":"Whole session","detail.downsampled":"downsampled","detail.no_channels":"This session has no channels yet.","detail.end":"End session","detail.confirm_end":"Confirm end","detail.confirm_end_group":"Confirm ending the session","figures.title":"Key figures","figures.title_in_view":"Key figures in view","figures.channel":"Channel","figures.now":"Now","figures.min":"Min","figures.max":"Max","figures.target":"Target","notes.title":"Notes and alerts","notes.text":"Note text","notes.placeholder":"Add a note, e.g. wrapped in butcher paper","notes.add":"Add note","notes.at_picked":"At {time} (picked on the chart)","notes.use_now":"use now","notes.at_now":"At the current time; click the chart to pick another moment.","notes.none":"No notes yet.","notes.kind.note":"note","notes.kind.alert":"alert","notes.kind.event":"event","predictions.probe":"Probe {id}","predictions.reached":"Target reached","predictions.reached_at":"reached at {time}","predictions.soon":"Done soon","predictions.band":"between {low} and {high}","predictions.stall_on":"In the stall since {time} ({duration})","predictions.stall_over":"Stalled for {duration}, climbing again since {time}","predictions.gravity":"Gravity {value}","predictions.attenuation":"{value} % attenuation","predictions.abv":"{value} % ABV","predictions.finished":"Finished","eta.reason.warming_up":"warming up","eta.reason.stall":"in the stall — estimate resumes when the temperature climbs again","eta.reason.no_progress":"not heating up measurably yet","eta.reason.no_pit":"needs a pit probe in this session","eta.reason.pit_below_target":"the pit is not hot enough to reach the target","eta.reason.fit_poor":"readings too uneven for an estimate yet","eta.reason.too_far":"more than 12 hours away","eta.reason.no_target":"no target set","eta.reason.other":"no estimate yet","chart.role":"chart","chart.hint":"Drag to zoom; arrow keys pan, plus and minus zoom, 0 resets.","chart.legend":"Legend","chart.elapsed_axis":"Elapsed (h:mm)","chart.target":"{label} target {value}","chart.target_note":"{label} {value} · {note}","chart.eta":"ETA {time}","chart.reached":"reached","chart.stall":"Stall","chart.stall_of":"{label}: stall","compare.pick":"Pick two or more sessions in the list to compare them.","compare.go_to_sessions":"Go to sessions","compare.title":"Compare {count} sessions","compare.role_compared":"{role} compared","compare.chart_label":"{role} of {count} sessions by elapsed time","compare.nothing":"These sessions have no channels to compare.","live.loading":"Loading probes…","live.no_probes":"No probes yet. Pair an edge node to see it here.","live.node":"Node {name}","live.unavailable":"Unavailable","live.last_seen":"last seen {when}","live.never_seen":"never seen"};var oo={en:ro,de:Pa};function Sh(t){let s=(t||"en").toLowerCase();if(oo[s])return s;let e=s.split(/[-_]/)[0];return oo[e]?e:"en"}function Na(t,s){let e=0;for(let n=s;n<t.length;n++)if(t[n]==="{")e++;else if(t[n]==="}"&&--e===0)return n;return-1}function kh(t){let s=new Map,e=0;for(;e<t.length;){let n=t.indexOf("{",e);if(n<0)break;let i=Na(t,n);if(i<0)break;s.set(t.slice(e,n).trim(),t.slice(n+1,i)),e=i+1}return s}function Da(t,s,e,n){let i="",r=0;for(;r<t.length;){let o=t.indexOf("{",r);if(o<0){i+=t.slice(r);break}i+=t.slice(r,o);let a=Na(t,o);if(a<0){i+=t.slice(o);break}let u=t.slice(o+1,a),d=u.indexOf(",");if(d<0){let f=s[u.trim()];i+=f===void 0?"":String(f)}else{let f=u.slice(0,d).trim(),p=u.slice(d+1),b=p.slice(p.indexOf(",")+1),w=Number(s[f]??0),$=kh(b),C=$.get(`=${w}`)??$.get(e.select(w))??$.get("other")??"";i+=Da(C.replace(/#/g,n(w)),s,e,n)}r=a+1}return i}var La=new Map;function Se(t){let s=Sh(t),e=La.get(s);if(e)return e;let n=oo[s],i=new Intl.PluralRules(s),r=new Intl.NumberFormat(s),o=a=>r.format(a);return e=(a,u={})=>Da(n[a]??ro[a],u,i,o),La.set(s,e),e}function ht(t){return t.locale?.language||t.language||"en"}var Ia=["#4269d0","#f4bd4a","#ff725c","#6cc5b0","#a463f2","#ff8ab7","#9c6b4e","#97bbf5","#01ab63","#9498a0","#094bad","#c99000","#d84f3e","#49a28f","#048732"];function Ni(t){let s=(e,n)=>t(e).trim()||n;return{series:Ia.map((e,n)=>s(`--graph-color-${n+1}`,e)),text:s("--secondary-text-color","#727272"),grid:s("--divider-color","rgba(0, 0, 0, 0.12)"),axis:s("--secondary-text-color","#727272"),background:s("--card-background-color","#ffffff"),note:s("--primary-color","#03a9f4"),alert:s("--error-color","#db4437"),event:s("--secondary-text-color","#727272"),stall:s("--warning-color","#ffa600"),warning:s("--warning-color","#ffa600"),success:s("--success-color","#43a047")}}function cs(t,s){let e=t.series.length?t.series:Ia;return e[(s%e.length+e.length)%e.length]}var Eh=64;function Mh(t,s){for(let e=0;e<=Eh;e++)for(let n of[t[s-e],t[s+e]]){if(n!=null)return n;if(n===null)return null}return null}var Wt=class extends me{constructor(){super(...arguments);this.t=Se("en");this.hover=null}render(){let e=this.model,n=this.theme;if(!e||!n)return V;let i=this.hover,r=this.formatters,o=i===null?null:e.xs[i],a=o==null?null:e.xMode==="time"?r?.dateTime(o*1e3)??"":Li(o);return S`<ul aria-label=${this.t("chart.legend")}>
      ${a?S`<li class="when">${a}</li>`:V}
      ${e.series.map((u,d)=>{let f=i===null?this.detail?.(d):void 0,p=i===null?null:Mh(u.values,i);return S`<li>
          <span
            class="swatch ${u.dash?"dashed":""}"
            style=${`--c:${cs(n,u.colorIndex)}`}
          ></span>
          <span class="name">${u.label}</span>
          ${f?S`<span class="detail">${f}</span>`:V}
          ${i===null?V:S`<span class="value">
                  ${p==null?"—":`${r?r.number(p,u.decimals):p} ${u.unit}`}
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
  `,x([N({attribute:!1})],Wt.prototype,"model",2),x([N({attribute:!1})],Wt.prototype,"theme",2),x([N({attribute:!1})],Wt.prototype,"formatters",2),x([N({attribute:!1})],Wt.prototype,"t",2),x([N({attribute:!1})],Wt.prototype,"detail",2),x([N({attribute:!1})],Wt.prototype,"hover",2),Wt=x([Te("brewpit-chart-legend")],Wt);var Oa='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Ha=[pi(Oa),Le`
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
  `];var Qn=86400;function Fa(t){let s=new Set;for(let e of t)if(e){if(s.has(e))return!0;s.add(e)}return!1}function lo(t){let s=new Set;return t.map(e=>s.has(e)?"":(s.add(e),e))}function Ua(t,s,e){if(s>=Qn){let o=t.map(a=>e.date(a*1e3));return lo(Fa(o)?t.map(a=>e.dateYear(a*1e3)):o)}let n=o=>{let a="";return t.map(u=>{let d=u*1e3,f=e.date(d),p=f!==a?`${o(d)}
${f}`:o(d);return a=f,p})},i=[s<60?e.timeSeconds:e.time,e.timeSeconds,o=>`${e.timeSeconds(o)} ${e.zone(o)}`],r=[];for(let o of i)if(r=n(o),!Fa(r))return r;return lo(r)}var Va=[60,300,600,900,1800,3600,7200,10800,21600,43200,Qn,2*Qn,7*Qn,14*Qn];function ja(t){return lo(t.map(s=>Li(s)))}function Wa(t,s,e=0){return t.x-e<s.x+s.w&&s.x<t.x+t.w+e&&t.y-e<s.y+s.h&&s.y<t.y+t.h+e}function Th(t,s){return t.x>=s.x&&t.y>=s.y&&t.x+t.w<=s.x+s.w&&t.y+t.h<=s.y+s.h}function Ka(t,s,e={}){let n=e.gap??2,i=[],r=o=>!Th(o,s)||i.some(a=>Wa(o,a,n))||(e.obstacles??[]).some(a=>Wa(o,a,n));for(let o of t){let a=o.candidates.map(d=>({x:d.x,y:d.y,w:o.w,h:o.h})),u=a.find(d=>!r(d)&&!(e.soft?.(d)??!1))??a.find(d=>!r(d));u&&i.push({id:o.id,...u})}return i}var qa=28,Ga=t=>t.length>qa?`${t.slice(0,qa-1)}…`:t;function Ch(t){let{left:s,width:e}=t.bbox,n=Math.max(1,Math.ceil(e)),i=new Float32Array(n).fill(1/0),r=new Float32Array(n).fill(-1/0),o=t.data[0],a=o.map(u=>t.valToPos(u,"x",!0)-s);for(let u=1;u<t.series.length;u++){let d=t.series[u];if(!d.show||!d.scale)continue;let f=t.data[u],p=NaN,b=NaN;for(let w=0;w<o.length;w++){let $=f[w];if($===null){p=NaN;continue}if($===void 0)continue;let C=a[w],A=t.valToPos($,d.scale,!0),z=Math.max(0,Math.floor(Number.isNaN(p)?C:Math.min(p,C))),y=Math.min(n-1,Math.ceil(Number.isNaN(p)?C:Math.max(p,C))),R=Number.isNaN(b)?A:Math.min(b,A),E=Number.isNaN(b)?A:Math.max(b,A);for(let K=z;K<=y;K++)R<i[K]&&(i[K]=R),E>r[K]&&(r[K]=E);p=C,b=A}}return{lo:i,hi:r,left:s}}function zh(t,s){let e=Math.max(0,Math.floor(s.x-t.left)),n=Math.min(t.lo.length-1,Math.ceil(s.x+s.w-t.left));for(let i=e;i<=n;i++)if(t.lo[i]<=s.y+s.h&&t.hi[i]>=s.y)return!0;return!1}function Rh(t,s){let{ctx:e}=t,n=Ya(t);for(let i of s.extras.projections){let r=cs(s.theme,i.colorIndex),o=d=>t.valToPos(d,"x",!0),a=d=>t.valToPos(d,i.scale,!0);e.fillStyle=r,e.globalAlpha=.16,e.beginPath(),i.xs.forEach((d,f)=>f===0?e.moveTo(o(d),a(i.hi[f])):e.lineTo(o(d),a(i.hi[f])));for(let d=i.xs.length-1;d>=0;d--)e.lineTo(o(i.xs[d]),a(i.lo[d]));e.closePath(),e.fill(),e.globalAlpha=1,e.strokeStyle=r,e.lineWidth=2*n,e.setLineDash([3*n,3*n]),e.beginPath();let u=!1;i.xs.forEach((d,f)=>{let p=i.mid[f];Number.isFinite(p)&&(u?e.lineTo(o(d),a(p)):e.moveTo(o(d),a(p)),u=!0)}),e.stroke()}}function Ya(t){return t.ctx.canvas.width/Math.max(1,t.width)}function Ph(t,s,e,n){return n?t.t("chart.target_note",{label:s,value:e,note:n.text}):t.t("chart.target",{label:s,value:e})}function Lh(t,s){let{ctx:e,bbox:n}=t;for(let i of s.extras.stalls){let r=t.valToPos(i.x,"x",!0),o=i.endX===null?n.left+n.width:t.valToPos(i.endX,"x",!0);e.fillStyle=s.theme.stall,e.globalAlpha=.1,e.fillRect(r,n.top,Math.max(0,o-r),n.height),e.globalAlpha=1}}function Za(t,s,e,n,i){t.beginPath(),t.moveTo(s,e),t.lineTo(n,i),t.stroke()}function Nh(t,s,e,n){let{ctx:i,bbox:r}=t,o=r.left+r.width,a=[];for(let u of s.model.targets){let d=t.valToPos(u.value,u.scale,!0);if(!(d>=r.top&&d<=r.top+r.height))continue;let f=cs(s.theme,u.colorIndex),p=s.extras.targetNotes.get(u.colorIndex),b=p?.state==="reached"||p?.state==="soon";i.strokeStyle=f,i.lineWidth=(b?2.5:1.5)*e,i.setLineDash([6*e,4*e]),Za(i,r.left,d,o,d);let w=s.model.scales.find(y=>y.key===u.scale),$=`${s.num(u.value,w?.decimals??1)} ${w?.unit??""}`.trim(),C=Ph(s,Ga(u.label),$,p),A=i.measureText(C).width+8*e,z=[];for(let y=o-A-4*e;y>=r.left;y-=A/2+4*e)z.push({x:y,y:d-n-2*e},{x:y,y:d+2*e});a.push({id:`target:${u.colorIndex}:${u.value}`,w:A,h:n,candidates:z,text:C,color:f})}return a}function Dh(t,s,e,n){let{ctx:i,bbox:r}=t,o=[...s.extras.stalls.map(f=>({x:f.x,text:f.label,color:s.theme.stall,dash:[],id:`stall:${f.colorIndex}`})),...s.model.markers.map((f,p)=>({x:f.x,text:Ga(f.text),color:f.kind==="alert"?s.theme.alert:f.kind==="note"?s.theme.note:s.theme.event,dash:f.kind==="alert"?[]:f.kind==="note"?[4*e,3*e]:[2*e,3*e],id:`${f.kind}:${p}`}))],a=Math.max(1,Math.floor(r.height/(n+3*e)/2)),u=[...Array.from({length:a},(f,p)=>r.top+2*e+p*(n+3*e)),...Array.from({length:a},(f,p)=>r.top+r.height-n-2*e-p*(n+3*e))],d=[];for(let f of o){let p=t.valToPos(f.x,"x",!0);if(!(p>=r.left&&p<=r.left+r.width))continue;i.strokeStyle=f.color,i.lineWidth=1.5*e,i.setLineDash(f.dash),Za(i,p,r.top,p,r.top+r.height);let b=i.measureText(f.text).width+8*e,w=u.flatMap($=>[{x:p+3*e,y:$},{x:p-3*e-b,y:$}]);d.push({id:f.id,w:b,h:n,candidates:w,text:f.text,color:f.color})}return d}function Ja(t,s){let{ctx:e,bbox:n}=t,i=Ya(t);e.save(),e.beginPath(),e.rect(n.left,n.top,n.width,n.height),e.clip(),Lh(t,s),Rh(t,s),e.font=`${11*i}px ${s.font}`;let r=14*i,o=[...Nh(t,s,i,r),...Dh(t,s,i,r)],a=Ch(t),u={x:n.left,y:n.top,w:n.width,h:n.height},d=Ka(o,u,{soft:p=>zh(a,p),gap:2*i});e.setLineDash([]),e.textBaseline="middle",e.textAlign="left";let f=[];for(let p of d){let b=o.find(w=>w.id===p.id);e.globalAlpha=.88,e.fillStyle=s.theme.background,e.fillRect(p.x,p.y,p.w,p.h),e.globalAlpha=1,e.fillStyle=b.color,e.fillText(b.text,p.x+4*i,p.y+p.h/2),f.push({...p,text:b.text})}return e.restore(),f}function Ih(t){let s=t.length;if(s<2)return 0;let e=Math.max(1,Math.floor((s-1)/2e3)),n=[];for(let i=e;i<s;i+=e)n.push(t[i][0]-t[i-e][0]);return n.sort((i,r)=>i-r),(n[n.length>>1]??0)/e}function Oh(t,s=5){if(t.length<3)return t;let e=Math.max(6e4,Ih(t)*s),n=null;for(let i=1;i<t.length;i++){let r=t[i-1],o=t[i];o[0]-r[0]>e&&r[1]!==null&&o[1]!==null&&(n??=t.slice(0,i),n.push([Math.round((r[0]+o[0])/2),null])),n&&n.push(o)}return n??t}function ao(t,s=5){let e=t.length,n=t.map(d=>Oh(d.points,s)),i=t.map(d=>d.offsetMs??0),r=t.map(d=>d.toDisplay),o=new Array(e).fill(0),a=[],u=t.map(()=>[]);for(;;){let d=1/0;for(let f=0;f<e;f++){let p=n[f][o[f]];p&&p[0]-i[f]<d&&(d=p[0]-i[f])}if(d===1/0)break;a.push(d/1e3);for(let f=0;f<e;f++){let p=n[f][o[f]];if(p&&p[0]-i[f]===d){let b=p[1],w=r[f];u[f].push(b===null?null:w?w(b):b),o[f]++}else u[f].push(void 0)}}for(let d=0;d<e;d++)(n[d]!==t[d].points||Hh(n[d]))&&Fh(u[d]);return{xs:a,ys:u}}function Hh(t){return t.some(s=>s[1]===null)}function Fh(t){let s=t.length;for(let e=0;e<s;e++){if(t[e]!==null)continue;for(let i=e-1;i>=0&&t[i]===void 0;i--)t[i]=null;let n=e+1;for(;n<s&&t[n]===void 0;n++)t[n]=null;e=n-1}}var $n=t=>t;function Uh(t,s){return t==="temperature"||s==="°C"||s==="°F"}function Vh(t,s){return t==="gravity"||t==="specific_gravity"||s==="SG"}function $t(t){return t==="°F"?"°F":"°C"}function jh(t){return t*9/5+32}function Wh(t){return(t-32)*5/9}function lt(t,s,e){return Uh(t,s)?e==="°F"?{unit:"°F",decimals:1,toDisplay:jh,fromDisplay:Wh}:{unit:"°C",decimals:1,toDisplay:$n,fromDisplay:$n}:Vh(t,s)?{unit:"SG",decimals:3,toDisplay:$n,fromDisplay:$n}:{unit:s,decimals:s==="%"||s==="hPa"?0:s==="V"?2:1,toDisplay:$n,fromDisplay:$n}}var Ii={projections:[],stalls:[],targetNotes:new Map},Kh=["pit","meat","chamber","wort","gravity","ambient","other"];function Qa(t){let s=[];for(let e of t)s.some(n=>n.key===e.scale)||s.push({key:e.scale,unit:e.unit,decimals:e.decimals});return s}function Xa(t,s){return[t,...s.map(e=>`${e.label}|${e.scale}|${e.colorIndex}|${e.dash??""}`)].join(`
`)}function Ba(t,s){let e=t.series.map(a=>lt(a.kind,a.unit,s)),n=ao(t.series.map((a,u)=>({points:a.points,toDisplay:e[u].toDisplay}))),i=t.series.map((a,u)=>({label:a.label,scale:e[u].unit,colorIndex:u,values:n.ys[u],decimals:e[u].decimals,unit:e[u].unit})),r=[];t.series.forEach((a,u)=>{a.target!=null&&r.push({scale:e[u].unit,value:e[u].toDisplay(a.target),colorIndex:u,label:a.label})});let o=t.annotations.map(a=>({x:a.ts/1e3,text:a.text,kind:a.kind}));return{xMode:"time",xs:n.xs,series:i,scales:Qa(i),targets:r,markers:o,structureKey:Xa("time",i)}}function ec(t){let s=new Set(t.flatMap(e=>e.history.series.map(n=>n.role)));return Kh.filter(e=>s.has(e))}var Di=[void 0,[8,4],[2,3],[12,3,2,3]];function tc(t,s,e){let n=t.flatMap((a,u)=>a.history.series.filter(d=>d.role===s).map(d=>({input:a,sessionIndex:u,s:d,unit:lt(d.kind,d.unit,e)}))),i=ao(n.map(a=>({points:a.s.points,toDisplay:a.unit.toDisplay,offsetMs:a.input.session.started_at}))),r=n.map((a,u)=>({label:`${a.input.session.name} · ${a.s.label}`,scale:a.unit.unit,colorIndex:u,values:i.ys[u],decimals:a.unit.decimals,unit:a.unit.unit,...Di[a.sessionIndex%Di.length]?{dash:Di[a.sessionIndex%Di.length]}:{}})),o=[];return n.forEach((a,u)=>{if(a.s.target==null)return;let d=a.unit.toDisplay(a.s.target);o.some(f=>f.value===d&&f.scale===a.unit.unit)||o.push({scale:a.unit.unit,value:d,colorIndex:u,label:a.s.label})}),{xMode:"elapsed",xs:i.xs,series:r,scales:Qa(r),targets:o,markers:[],structureKey:Xa("elapsed",r)}}function sc(t,s){return t.series.map((e,n)=>{let i=lt(e.kind,e.unit,s),r=1/0,o=-1/0,a=null,u=null;for(let[d,f]of e.points)f!==null&&(f<r&&(r=f),f>o&&(o=f),a=f,u=d);return{seriesId:e.series_id,label:e.label,role:e.role,unit:i.unit,decimals:i.decimals,colorIndex:n,latest:a===null?null:i.toDisplay(a),latestTs:u,min:r===1/0?null:i.toDisplay(r),max:o===-1/0?null:i.toDisplay(o),target:e.target==null?null:i.toDisplay(e.target)}})}function nc(t,s=!1){s?history.replaceState(history.state,"",t):history.pushState(null,"",t),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:s},bubbles:!1,composed:!0}))}function de(t,s,e){t.dispatchEvent(new CustomEvent(s,{detail:e,bubbles:!0,composed:!0}))}function ic(t){let s={x:{time:t.xMode==="time"}};for(let e of t.scales)s[e.key]={auto:!0,range:(n,i,r)=>{let o=i,a=r;for(let d of t.targets)d.scale===e.key&&(o=o==null?d.value:Math.min(o,d.value),a=a==null?d.value:Math.max(a,d.value));if(o==null||a==null)return[0,1];let u=Math.max((a-o)*.08,e.decimals>=3?.002:1);return[o-u,a+u]}};return s}var Xe=class extends me{constructor(){super(...arguments);this.extras=Ii;this.xRange=null;this.t=Se("en");this.dark=!1;this.height=320;this.label="";this.hoverIdx=null;this.builtFor="";this.pendingDrawn=!1;this.downAt=null;this.font="Roboto, Noto, sans-serif";this.labels=[];this.ticks={splits:[],labels:[]};this.drawCount=0}connectedCallback(){super.connectedCallback(),this.resizer=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.resizer.observe(this.plotEl),this.rebuild())}disconnectedCallback(){super.disconnectedCallback(),this.resizer?.disconnect(),this.resizer=void 0,this.plot?.destroy(),this.plot=void 0,this.builtFor=""}get plotWidth(){return this.plot?this.plot.bbox.width/Pe.pxRatio:this.clientWidth}get shownRange(){let e=this.plot?.scales.x;return e&&e.min!=null&&e.max!=null?{min:e.min,max:e.max}:null}get labelBoxes(){let e=Pe.pxRatio;return this.labels.map(n=>({...n,x:n.x/e,y:n.y/e,w:n.w/e,h:n.h/e}))}get tickLabels(){return[...this.ticks.labels]}tickBoxes(){let e=this.plot;if(!e)return[];let n=e.ctx;n.save(),n.font=`${12*Pe.pxRatio}px ${this.font}`;let i=Pe.pxRatio,r=this.ticks.splits.flatMap((o,a)=>{let u=this.ticks.labels[a]??"";if(!u)return[];let d=Math.max(...u.split(`
`).map(b=>n.measureText(b).width))/i,f=e.valToPos(o,"x"),p=u.split(`
`).length;return[{text:u,x:f-d/2+e.bbox.left/i,y:e.bbox.height/i,w:d,h:14*p}]});return n.restore(),r}firstUpdated(){this.resizer?.observe(this.plotEl)}updated(e){if(!this.model)return;let n=`${this.model.structureKey}|${this.dark}|${this.height}`;if(!this.plot||n!==this.builtFor||e.has("formatters")||e.has("timeZone")||e.has("t")){this.rebuild();return}e.has("model")?this.setData():e.has("xRange")?this.applyRange():e.has("extras")&&this.plot.redraw(!1,!1)}render(){let e=this.t("chart.hint");return S`<div
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
      ></brewpit-chart-legend>`}data(){let e=this.model;return[e.xs,...e.series.map(n=>n.values)]}setData(){this.plot&&(this.pendingDrawn=!0,this.xRange?(this.plot.setData(this.data(),!1),this.applyRange(!0)):this.plot.setData(this.data(),!0))}applyRange(e=!1){let n=this.plot;if(!n)return;let i=this.xRange,r=this.model?.xs??[],o=i?i.min:r[0]??0,a=i?i.max:r[r.length-1]??1;!e&&n.scales.x?.min===o&&n.scales.x?.max===a||n.setScale("x",{min:o,max:a>o?a:o+1})}resize(){if(!this.plot||!this.plotEl)return;let e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}rebuild(){if(!this.model||!this.plotEl)return;this.plot?.destroy();let e=getComputedStyle(this);this.theme=Ni(n=>e.getPropertyValue(n)),this.font=e.getPropertyValue("--ha-font-family-body").trim()||"Roboto, Noto, sans-serif",this.builtFor=`${this.model.structureKey}|${this.dark}|${this.height}`,this.pendingDrawn=!0,this.plot=new Pe(this.options(this.model,this.theme),this.data(),this.plotEl),this.xRange&&this.applyRange(!0),this.plot.over.addEventListener("pointerdown",n=>this.downAt=[n.clientX,n.clientY]),this.plot.over.addEventListener("click",n=>this.onClick(n)),this.requestUpdate()}xAxis(e,n){let i=this.formatters;return e.xMode==="time"?{...n,space:72,size:48,values:(r,o,a,u,d)=>{let f=i?Ua(o,d,i):o.map(String);return this.ticks={splits:[...o],labels:f},f}}:{...n,space:60,incrs:[...Va],label:this.t("chart.elapsed_axis"),labelSize:20,labelFont:n.font,values:(r,o)=>{let a=ja(o);return this.ticks={splits:[...o],labels:a},a}}}options(e,n){let i=this.formatters,r=(w,$)=>i?i.number(w,$):w==null?"—":w.toFixed($),o=Math.max(200,Math.floor(this.plotEl.clientWidth||600)),a=`12px ${this.font}`,u={stroke:n.axis,font:a,grid:{stroke:n.grid,width:1},ticks:{stroke:n.grid,width:1}},d=ic(e),f=[this.xAxis(e,u),...e.scales.map((w,$)=>({...u,scale:w.key,side:$%2===0?3:1,grid:{...u.grid,show:$===0},size:w.decimals>=3?64:54,label:w.unit,labelSize:18,labelFont:a,values:(C,A)=>A.map(z=>r(z,Math.min(w.decimals,3)))}))],p=[{},...e.series.map(w=>({label:w.label,scale:w.scale,stroke:cs(n,w.colorIndex),width:2,...w.dash?{dash:w.dash}:{},spanGaps:!1,points:{show:!1}}))],b=this.timeZone;return{width:o,height:this.height,...b?{tzDate:w=>Pe.tzDate(new Date(w*1e3),b)}:{},scales:d,axes:f,series:p,legend:{show:!1},cursor:{drag:{x:!0,y:!1,setScale:!1},bind:{dblclick:()=>()=>(de(this,"reset-zoom"),null)}},hooks:{setSelect:[w=>this.onSelect(w)],setCursor:[w=>{let $=w.cursor.idx??null;$!==this.hoverIdx&&(this.hoverIdx=$)}],draw:[w=>this.onDraw(w,n,r)]}}}onSelect(e){let{left:n,width:i}=e.select;if(i<4)return;let r=e.posToVal(n,"x"),o=e.posToVal(n+i,"x");e.setSelect({left:0,top:0,width:0,height:0},!1),de(this,"range-changed",{min:r,max:o})}onDraw(e,n,i){let r=this.model;r&&(this.drawCount++,this.labels=Ja(e,{model:r,extras:this.extras,theme:n,font:this.font,num:i,t:this.t}),this.pendingDrawn&&(this.pendingDrawn=!1,de(this,"chart-drawn",{points:r.xs.length,series:r.series.length})))}onClick(e){let n=this.downAt;if(this.downAt=null,!this.plot||n&&Math.hypot(e.clientX-n[0],e.clientY-n[1])>4)return;let i=this.plot.cursor.left;i==null||i<0||de(this,"chart-click",{x:this.plot.posToVal(i,"x")})}onKey(e){let i={ArrowLeft:()=>de(this,"chart-pan",{fraction:-.25}),ArrowRight:()=>de(this,"chart-pan",{fraction:.25}),"+":()=>de(this,"chart-zoom",{factor:.5}),"=":()=>de(this,"chart-zoom",{factor:.5}),"-":()=>de(this,"chart-zoom",{factor:2}),0:()=>de(this,"reset-zoom"),Home:()=>de(this,"reset-zoom")}[e.key];i&&(e.preventDefault(),i())}};Xe.styles=Ha,x([N({attribute:!1})],Xe.prototype,"model",2),x([N({attribute:!1})],Xe.prototype,"extras",2),x([N({attribute:!1})],Xe.prototype,"xRange",2),x([N({attribute:!1})],Xe.prototype,"formatters",2),x([N({attribute:!1})],Xe.prototype,"t",2),x([N({attribute:!1})],Xe.prototype,"detail",2),x([N({attribute:!1})],Xe.prototype,"timeZone",2),x([N({type:Boolean})],Xe.prototype,"dark",2),x([N({type:Number})],Xe.prototype,"height",2),x([N()],Xe.prototype,"label",2),x([G()],Xe.prototype,"hoverIdx",2),x([vi(".plot")],Xe.prototype,"plotEl",2),Xe=x([Te("brewpit-chart")],Xe);function rc(t){return{session_id:t.session_id,from:t.from,to:t.to,annotations:t.annotations,series:t.series.map(({t:s,v:e,decimals:n,tier:i,...r})=>{let o=10**n,a=new Array(s.length),u=t.from;for(let d=0;d<s.length;d++){u+=s[d];let f=e[d];a[d]=[u,f==null?null:f/o]}return{...r,points:a}})}}function co(t){return Object.fromEntries(Object.entries(t).filter(([,s])=>s!==void 0&&s!==""))}async function Sn(t,s={}){return(await t.callWS({type:"brewpit/sessions/list",...co(s)})).sessions}function Oi(t,s){return t.callWS({type:"brewpit/sessions/get",session_id:s})}function lc(t,s){return t.callWS({type:"brewpit/sessions/create",...co(s)})}function ac(t,s){return t.callWS({type:"brewpit/sessions/end",session_id:s})}function cc(t,s,e,n){return t.callWS({type:"brewpit/sessions/annotate",session_id:s,text:e,...n===void 0?{}:{ts:Math.round(n)}})}var oc=!0;async function Bn(t,s,e={}){let n=co(e);if(n.from!==void 0&&(n.from=Math.floor(n.from)),n.to!==void 0&&(n.to=Math.ceil(n.to)),oc)try{return rc(await t.callWS({type:"brewpit/chart",session_id:s,...n}))}catch(i){if(i?.code!=="unknown_command")throw i;oc=!1}return t.callWS({type:"brewpit/history",session_id:s,...n})}function kn(t){return t.callWS({type:"brewpit/series/list"})}var Xn=class extends Error{constructor(e){super(`CSV export failed: HTTP ${e}`);this.status=e}};async function uc(t,s,e,n){let i=n?`?tz=${encodeURIComponent(n)}`:"",r=await t.fetchWithAuth(`/api/brewpit/sessions/${encodeURIComponent(s)}/export.csv${i}`);if(!r.ok)throw new Xn(r.status);let o=URL.createObjectURL(await r.blob());try{let a=document.createElement("a");a.href=o,a.download=e,a.rel="noopener",document.body.append(a),a.click(),a.remove()}finally{setTimeout(()=>URL.revokeObjectURL(o),1e4)}}function dc(t){let s=t.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"").slice(0,60),e=new Date(t.started_at).toISOString().slice(0,10);return`${s||"session"}-${e}.csv`}function Ve(t){return t&&typeof t=="object"&&"message"in t?String(t.message):String(t)}function ke(t){let s,e;return(...n)=>(s&&s.length===n.length&&s.every((i,r)=>i===n[r])||(e=t(...n),s=n),e)}function Hi(t){let s=Math.round((Number.isFinite(t)?t:0)*2);return Math.min(4e3,Math.max(100,s))}function uo(t,s){let e=t.ended_at??Math.max(s,t.started_at+6e4);return{from:t.started_at,to:Math.max(e,t.started_at+1)}}function ho(t,s,e=6e4){let n=s.to-s.from,i=Math.min(Math.max(t.to-t.from,Math.min(e,n)),n);(!Number.isFinite(i)||i<=0)&&(i=n);let r=Math.max(s.from,Math.min(t.from,s.to-i));return Number.isFinite(r)||(r=s.from),{from:r,to:r+i}}function mc(t,s,e){let n=(t.to-t.from)*s;return ho({from:t.from+n,to:t.to+n},e)}function pc(t,s,e,n){let i=n??(t.from+t.to)/2,r=i-(i-t.from)*s,o=i+(t.to-i)*s;return ho({from:r,to:o},e)}function qh(t,s,e=.01){if(!t)return!0;let n=(s.to-s.from)*e;return t.from<=s.from+n&&t.to>=s.to-n}var Fi={range:null,follow:!0};function fc(t,s,e){let n=Math.max(-1/0,...t);return!Number.isFinite(n)||n<=s?0:Math.min(n-s,Math.max(15*6e4,e/2))}function ei(t,s,e){return t.ended_at!==null?uo(t,s):{from:Math.min(t.started_at,s-6e4),to:s+e}}function gc(t,s,e,n){if(t.ended_at!==null)return s.range;let i=ei(t,e,n);if(!s.range)return i;if(!s.follow)return s.range;let r=s.range.to-s.range.from;return{from:Math.max(i.from,i.to-r),to:i.to}}function bc(t,s,e,n){let i=ei(t,e,n),r=t.ended_at===null;if(!s||qh(s,i,.005))return r?Fi:{range:null,follow:!1};let o=ho(s,i),a=o.to-o.from,u=r&&o.to>=i.to-Math.max(a*.02,1e3);return{range:o,follow:u}}var vc={cook:["pit","meat","ambient","other"],brew:["wort","chamber","gravity","ambient","other"]};function yc(t){let s=[...vc[t]];return{fitting:s,others:["pit","meat","wort","chamber","gravity","ambient","other"].filter(n=>!s.includes(n))}}var xc=(t,s)=>vc[s].includes(t),Yh={pit:"role.pit",meat:"role.meat",wort:"role.wort",chamber:"role.chamber",gravity:"role.gravity",ambient:"role.ambient",other:"role.other"};function ss(t,s){let e=Yh[t];return e?s(e):t}var Zh=[["gravity",/\b(gravity|sg|hydrometer|ispindel|tilt|plato)\b/],["chamber",/\b(chamber|fridge|keezer|freezer|cellar)\b/],["wort",/\b(wort|beer|must|mash|ferment\w*)\b/],["pit",/\b(pit|grate|grill|dome|smoker|cooker|kamado|kettle|oven|firebox|lid)\b/],["meat",/\b(meat|food|probe|brisket|ribs?|shoulder|butt|chicken|turkey|pork|beef|lamb|ham|steak|wings?|thigh|breast|salmon|fish|chuck|loin|tri.?tip|roast|sausage|point|flat)\b/],["ambient",/\b(ambient|outside|outdoors?|room|air|weather)\b/]];function wc(t,s,e){if(e==="gravity"||e==="specific_gravity")return"gravity";if(e!=="temperature"&&e!=="")return e==="humidity"||e==="pressure"?"ambient":"other";let n=`${t} ${s}`.replace(/([a-z])([A-Z])/g,"$1 $2").replace(/(\d+)/g," $1 ").replace(/[_-]+/g," ").toLowerCase();for(let[i,r]of Zh)if(r.test(n))return i;return"other"}var Ie=Le`
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
`;var _c=["solid","dashed","dotted","dashed"],Nt=class extends me{constructor(){super(...arguments);this.narrow=!1;this.ids=[];this.inputs=[];this.error="";this.loading=!1;this.xRange=null;this.seq=0;this.fmt=ke(Lt);this.roles=ke(ec);this.models=ke((e,n)=>this.roles(e).map(i=>({role:i,model:tc(e,i,n)})))}willUpdate(e){e.has("ids")&&this.load()}async load(){let e=++this.seq;if(this.xRange=null,this.ids.length===0){this.inputs=[];return}this.loading=!0,this.error="";let n=Hi((this.clientWidth||window.innerWidth)-120);try{let i=await Promise.all(this.ids.map(async r=>{let[o,a]=await Promise.all([Oi(this.hass,r),Bn(this.hass,r,{max_points:n})]);return{session:o,history:a}}));e===this.seq&&(this.inputs=i)}catch(i){e===this.seq&&(this.error=Ve(i))}finally{e===this.seq&&(this.loading=!1)}}zoomBy(e){let n=this.models(this.inputs,this.temp).map(f=>f.model.xs),i=Math.min(0,...n.map(f=>f[0]??0)),r=Math.max(1,...n.map(f=>f[f.length-1]??0)),o=this.xRange??{min:i,max:r},a=(o.min+o.max)/2,u=Math.max(300,(o.max-o.min)*e/2),d={min:Math.max(i,a-u),max:Math.min(r,a+u)};this.xRange=d.min<=i&&d.max>=r?null:d}get temp(){return $t(this.hass.config.unit_system.temperature)}render(){let e=Se(ht(this.hass)),n=this.fmt(this.hass.locale,this.hass.config.time_zone);if(this.ids.length<2)return S`<div class="card">
        <p>${e("compare.pick")}</p>
        <button @click=${()=>de(this,"brewpit-navigate",{path:"/sessions"})}>
          ${e("compare.go_to_sessions")}
        </button>
      </div>`;if(this.error)return S`<div class="card error" role="alert">${this.error}</div>`;if(this.loading||this.inputs.length===0)return S`<div class="card" role="status">${e("list.loading")}</div>`;let i=this.hass.themes?.darkMode??!1;return S`
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
        ${this.renderLegend(e,n)}
      </section>
      ${this.models(this.inputs,this.temp).map(({role:r,model:o})=>S`<section
            class="card"
            aria-label=${e("compare.role_compared",{role:ss(r,e)})}
          >
            <h3>${ss(r,e)}</h3>
            <brewpit-chart
              .model=${o}
              .xRange=${this.xRange}
              .formatters=${n}
              .t=${e}
              ?dark=${i}
              .height=${this.narrow?220:300}
              label=${e("compare.chart_label",{role:ss(r,e),count:this.inputs.length})}
              @range-changed=${a=>this.xRange=a.detail}
              @reset-zoom=${()=>this.xRange=null}
              @chart-zoom=${a=>this.zoomBy(a.detail.factor)}
            ></brewpit-chart>
          </section>`)}
      ${this.roles(this.inputs).length===0?S`<div class="card muted">${e("compare.nothing")}</div>`:V}
    `}renderLegend(e,n){let i=Date.now();return S`<ul class="legend">
      ${this.inputs.map(({session:r},o)=>S`<li>
            <span
              class="line"
              style=${`border-block-start-style:${_c[o%_c.length]}`}
            ></span>
            <a
              href=${"#"}
              @click=${a=>{a.preventDefault(),de(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(r.id)}`})}}
              >${r.name}</a
            >
            <span class="muted">
              ${n.dateTime(r.started_at)} ·
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
    `],x([N({attribute:!1})],Nt.prototype,"hass",2),x([N({type:Boolean,reflect:!0})],Nt.prototype,"narrow",2),x([N({attribute:!1})],Nt.prototype,"ids",2),x([G()],Nt.prototype,"inputs",2),x([G()],Nt.prototype,"error",2),x([G()],Nt.prototype,"loading",2),x([G()],Nt.prototype,"xRange",2),Nt=x([Te("brewpit-compare")],Nt);var Ui=t=>t.stall!==null&&t.stall.ended_at===null;function Vi(t,s){return t.status==="reached"?"reached":t.status!=="ok"||t.eta===null?"unknown":t.eta-s<=18e5?"soon":"ok"}var Jh={insufficient_data:"eta.reason.warming_up",no_pit:"eta.reason.no_pit",pit_below_target:"eta.reason.pit_below_target",no_progress:"eta.reason.no_progress",fit_poor:"eta.reason.fit_poor",too_far:"eta.reason.too_far",no_target:"eta.reason.no_target"};function $c(t,s){if(Ui(t))return s("eta.reason.stall");let e=t.reason?Jh[t.reason]:void 0;return s(e??"eta.reason.other")}function Sc(t,s=48){let{as_of:e,value:n,target:i,eta:r}=t;if(t.status!=="ok"||e===null||n===null||i===null||r===null)return null;let o=Math.max(e,Math.min(t.low??r,r)),a=Math.max(r,t.high??r);if(!(r>e)||n>=i)return null;let u=t.pit,d=u!==null&&u>i,f=A=>{let z=A-e;if(z<=0)return()=>i;if(!d)return R=>Math.min(i,n+(i-n)*(R-e)/z);let y=Math.log((u-n)/(u-i))/z;return R=>Math.min(i,u-(u-n)*Math.exp(-y*(R-e)))},p=f(o),b=f(r),w=f(a),$={ts:[],mid:[],lo:[],hi:[]},C=new Set([o,r,a]);for(let A=0;A<=s;A++)C.add(Math.round(e+(a-e)*A/s));for(let A of[...C].sort((z,y)=>z-y))$.ts.push(A),$.hi.push(p(A)),$.lo.push(w(A)),$.mid.push(A<=r?b(A):Number.NaN);return $}var Kt=class extends me{constructor(){super(...arguments);this.estimates=null;this.t=Se("en");this.temp="°C";this.now=Date.now()}render(){let e=this.estimates;return!e||e.channels.length===0&&e.brew.length===0?V:S`<ul class="tiles">
      ${e.channels.map(n=>this.renderChannel(n))} ${e.brew.map(n=>this.renderBrew(n))}
    </ul>`}temperature(e){let n=lt("temperature","°C",this.temp);return e===null?"—":`${this.formatters.number(n.toDisplay(e),n.decimals)} ${n.unit}`}renderChannel(e){let n=this.t,i=Vi(e,this.now),r=this.nodeOf?.(e.series_id),o=e.label??n("predictions.probe",{id:e.series_id});return S`<li class="tile ${i}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${o}</span>
        ${i==="reached"?S`<span class="badge reached">${n("predictions.reached")}</span>`:i==="soon"?S`<span class="badge soon">${n("predictions.soon")}</span>`:V}
      </div>
      ${r?S`<div class="muted small">${r}</div>`:V}
      <div class="now">
        <span class="value">${this.temperature(e.value)}</span>
        ${e.target===null?V:S`<span class="muted">→ ${this.temperature(e.target)}</span>`}
      </div>
      ${this.renderEta(e,i)} ${this.renderStall(e)}
    </li>`}renderEta(e,n){let i=this.t,r=this.formatters;if(n==="reached")return e.eta===null?V:S`<div class="muted small">
            ${i("predictions.reached_at",{time:r.clock(e.eta,this.now)})}
          </div>`;if(n==="unknown"||e.eta===null)return S`<div class="reason">${$c(e,i)}</div>`;let o=e.low!==null&&e.high!==null&&e.high>e.low?i("predictions.band",{low:r.clock(e.low,this.now),high:r.clock(e.high,this.now)}):"";return S`<div class="eta">
        <span class="clock">${r.clock(e.eta,this.now)}</span>
        <span class="in">${Ra(e.eta-this.now,i)}</span>
      </div>
      ${o?S`<div class="muted small band">${o}</div>`:V}`}renderStall(e){let n=e.stall;if(!n)return V;let i=this.t,r=this.formatters,o=n.ended_at??e.as_of??this.now,a=ts(Math.max(0,o-n.since),i);return S`<div class="stall ${Ui(e)?"on":""}">
      ${Ui(e)?i("predictions.stall_on",{time:r.clock(n.since,this.now),duration:a}):i("predictions.stall_over",{duration:a,time:r.clock(o,this.now)})}
    </div>`}renderBrew(e){let n=this.t,i=this.formatters,r=[e.gravity===null?null:n("predictions.gravity",{value:i.number(e.gravity,3)}),e.attenuation===null?null:n("predictions.attenuation",{value:i.number(e.attenuation,0)}),e.abv===null?null:n("predictions.abv",{value:i.number(e.abv,1)})].filter(o=>o!==null);return S`<li class="tile ${e.finished?"reached":""}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${e.label??n("predictions.probe",{id:e.series_id})}</span>
        ${e.finished?S`<span class="badge reached">${n("predictions.finished")}</span>`:V}
      </div>
      <div>${r.length?r.join(" · "):n("eta.reason.warming_up")}</div>
    </li>`}};Kt.styles=[Ie,Le`
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
    `],x([N({attribute:!1})],Kt.prototype,"estimates",2),x([N({attribute:!1})],Kt.prototype,"formatters",2),x([N({attribute:!1})],Kt.prototype,"t",2),x([N({attribute:!1})],Kt.prototype,"temp",2),x([N({type:Number})],Kt.prototype,"now",2),x([N({attribute:!1})],Kt.prototype,"nodeOf",2),Kt=x([Te("brewpit-predictions")],Kt);var je=t=>typeof t=="number"&&Number.isFinite(t)?t:null,js=t=>typeof t=="string"?t:null,mo=t=>t!==null&&typeof t=="object"&&!Array.isArray(t)?t:null,kc=t=>Array.isArray(t)?t.map(mo).filter(s=>s!==null):[];function Qh(t){let s=mo(t),e=s?je(s.since):null;return!s||e===null?null:{since:e,ended_at:je(s.ended_at),duration_s:je(s.duration_s)}}function Xh(t){let s=je(t.series_id);return s===null?null:{series_id:s,label:js(t.label),role:js(t.role),unit:js(t.unit),target:je(t.target),value:je(t.value),status:js(t.status)??"unknown",reason:js(t.reason),eta:je(t.eta),low:je(t.low),high:je(t.high),pit:je(t.pit),rate_per_h:je(t.rate_per_h),stall:Qh(t.stall),as_of:je(t.as_of)}}function Bh(t){let s=je(t.series_id);return s===null?null:{series_id:s,label:js(t.label),gravity:je(t.gravity),attenuation:je(t.attenuation),abv:je(t.abv),trend_per_day:je(t.trend_per_day),finished:t.finished===!0,as_of:je(t.as_of)}}function em(t,s){let e=mo(t)??{};return{session_id:js(e.session_id)??s,as_of:je(e.as_of),channels:kc(e.channels).map(Xh).filter(n=>n!==null),brew:kc(e.brew).map(Bh).filter(n=>n!==null)}}async function ji(t,s){let e=await t.callWS({type:"brewpit/sessions/estimates",session_id:s});return em(e,s)}var Ec=t=>`brewpit_session_${t}_`;function En(t){if(t.state===null||t.state==="")return null;let s=typeof t.state=="number"?t.state:Number(t.state);return Number.isFinite(s)?s:null}var xs=class{open(s,e,n){this.unsub||(this.unsub=s.connection.subscribeMessage(e,{type:"brewpit/live/subscribe"}).catch(i=>{n?.(i)}))}get active(){return this.unsub!==void 0}close(){let s=this.unsub;this.unsub=void 0,s?.then(e=>e?.()).catch(()=>{})}};function tm(t){return{name:t.length>12?`${t.slice(0,8)}…`:t,area:null}}function Mn(t,s){let e=new Map;for(let n of Object.values(t??{})){let i=n.identifiers?.find(([o])=>o==="brewpit")?.[1];if(!i)continue;let r=n.area_id?s?.[n.area_id]?.name??null:null;e.set(i,{name:n.name_by_user||n.name||i,area:r})}return n=>e.get(n)??tm(n)}function Ws(t){return t.area?`${t.name} (${t.area})`:t.name}var sm=5e3,nm=3e4;function im(t,s){let e=new Map;for(let n of t){let i=e.get(n.device_id)??[];i.push(n),e.set(n.device_id,i)}return[...e.entries()].map(([n,i])=>[Ws(s(n)),i.sort((r,o)=>r.key.localeCompare(o.key))]).sort(([n],[i])=>n.localeCompare(i))}var St=class extends me{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.states=new Map;this.error="";this.loaded=!1;this.now=Date.now();this.running=[];this.live=new xs;this.estimatesDue=!1;this.fmt=ke(Lt);this.nodes=ke(Mn);this.groups=ke(im)}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),sm),this.hass&&this.start()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.estimatesTimer),this.live.close()}get t(){return Se(ht(this.hass))}async loadEstimates(){clearTimeout(this.estimatesTimer),this.estimatesDue=!1;try{let e=await Sn(this.hass,{status:"active"});this.running=await Promise.all(e.map(async n=>({session:n,estimates:await ji(this.hass,n.id).catch(()=>null)})))}catch{}this.isConnected&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},nm))}willUpdate(){this.hass&&!this.live.active&&this.isConnected&&this.start()}start(){this.live.open(this.hass,e=>this.onLive(e),e=>this.error=this.t("detail.live_unavailable",{error:Ve(e)})),this.load(),this.loadEstimates()}async load(){try{let e=await kn(this.hass),n=new Map(this.states);for(let i of e)n.has(i.id)||n.set(i.id,{value:i.last_value,ts:i.last_ts,unavailable:i.last_ts==null});this.series=e,this.states=n}catch(e){this.error=Ve(e)}finally{this.loaded=!0}}onLive(e){this.now=Date.now();let n=new Map(this.states);for(let i of e.states){if(i.unique_id?.startsWith("brewpit_session_")&&!this.estimatesDue&&(this.estimatesDue=!0,clearTimeout(this.estimatesTimer),this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},5e3)),typeof i.series_id!="number")continue;let r=En(i),o=n.get(i.series_id);n.set(i.series_id,{value:r??null,ts:r===null?o?.ts??null:i.ts,unavailable:r===null})}this.states=n}render(){let e=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),i=$t(this.hass.config.unit_system.temperature);if(!this.loaded)return S`<div class="card" role="status">${e("live.loading")}</div>`;let r=this.nodes(this.hass.devices,this.hass.areas);return S`
      ${this.error?S`<p class="error" role="alert">${this.error}</p>`:V}
      ${this.renderRunning(n,i)}
      ${this.series.length===0?S`<div class="card muted">${e("live.no_probes")}</div>`:V}
      <div class="devices">
        ${this.groups(this.series,r).map(([o,a])=>S`<section class="card" aria-label=${e("live.node",{name:o})}>
              <h3>${o}</h3>
              <ul>
                ${a.map(u=>{let d=this.states.get(u.id),f=lt(u.kind,u.unit,i),p=d&&!d.unavailable&&d.value!==null?`${n.number(f.toDisplay(d.value),f.decimals)} ${f.unit}`:null,b=d?.ts!=null?e("live.last_seen",{when:n.relative(this.now-d.ts)}):e("live.never_seen");return S`<li class=${p?"":"unavailable"}>
                    <span class="probe">${u.name||u.key}</span>
                    <span class="value" aria-live="off">${p??e("live.unavailable")}</span>
                    <span class="seen muted" title=${d?.ts?n.dateTime(d.ts):""}
                      >${b}</span
                    >
                  </li>`})}
              </ul>
            </section>`)}
      </div>
    `}renderRunning(e,n){let i=this.t,r=this.nodes(this.hass.devices,this.hass.areas),o=a=>{let u=this.series.find(d=>d.id===a);return u?Ws(r(u.device_id)):void 0};return this.running.filter(a=>a.estimates&&(a.estimates.channels.length||a.estimates.brew.length)).map(a=>S`<section class="card running" aria-label=${a.session.name}>
            <h3>
              <a
                href=${"#"}
                @click=${u=>{u.preventDefault(),de(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(a.session.id)}`})}}
                >${a.session.name}</a
              >
            </h3>
            <brewpit-predictions
              .estimates=${a.estimates}
              .formatters=${e}
              .t=${i}
              .temp=${n}
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
`;var qt=class extends me{constructor(){super(...arguments);this.figures=[];this.t=Se("en");this.zoomed=!1}render(){let e=this.t,n=this.formatters;return S`<section class="card" aria-labelledby="figures-title">
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
          ${this.figures.map(i=>{let r=this.nodeOf?.(i.seriesId);return S`<tr>
              <td>
                <span
                  class="swatch"
                  style=${this.theme?`background:${cs(this.theme,i.colorIndex)}`:""}
                ></span
                >${i.label}
                ${ss(i.role,e).toLowerCase()===i.label.toLowerCase()?"":S`<span class="muted role">${ss(i.role,e)}</span>`}
                ${r?S`<div class="muted node">${r}</div>`:""}
              </td>
              <td class="num">${n.number(i.latest,i.decimals)} ${i.unit}</td>
              <td class="num">${n.number(i.min,i.decimals)}</td>
              <td class="num">${n.number(i.max,i.decimals)}</td>
              <td class="num">${i.target==null?"—":n.number(i.target,i.decimals)}</td>
            </tr>`})}
        </tbody>
      </table>
    </section>`}};qt.styles=[Ie,ws],x([N({attribute:!1})],qt.prototype,"figures",2),x([N({attribute:!1})],qt.prototype,"theme",2),x([N({attribute:!1})],qt.prototype,"formatters",2),x([N({attribute:!1})],qt.prototype,"t",2),x([N({attribute:!1})],qt.prototype,"nodeOf",2),x([N({type:Boolean})],qt.prototype,"zoomed",2),qt=x([Te("brewpit-session-figures")],qt);var kt=class extends me{constructor(){super(...arguments);this.estimates=null;this.now=Date.now();this.error="";this.confirmEnd=!1;this.busy=!1;this.fmt=ke(Lt)}get t(){return Se(ht(this.hass))}async end(){this.busy=!0;try{de(this,"session-changed",await ac(this.hass,this.session.id)),this.confirmEnd=!1}catch(e){de(this,"session-error",Ve(e))}finally{this.busy=!1}}async exportCsv(){let e=this.session,n=io(this.hass.locale,this.hass.config.time_zone);try{await uc(this.hass,e.id,dc(e),n)}catch(i){let r=i instanceof Xn?this.t("detail.export_failed",{status:i.status}):Ve(i);de(this,"session-error",r)}}render(){let e=this.t,n=this.session,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=n.status==="active";return S`<section class="card head" aria-labelledby="title">
      <div class="toolbar">
        <h2 id="title">${n.name}</h2>
        <span class="chip">${n.kind==="cook"?e("kind.cook"):e("kind.brew")}</span>
        <span class="chip ${r?"active":""}">
          ${e(r?"status.running":"status.ended")}
        </span>
        <span class="spacer"></span>
        <button @click=${()=>{this.exportCsv()}}>${e("detail.export_csv")}</button>
        ${r?this.renderEnd():V}
      </div>
      <p class="muted meta">
        ${e("detail.started",{time:i.dateTime(n.started_at)})} ·
        ${n.ended_at?S`${e("detail.ended",{time:i.dateTime(n.ended_at)})} · `:""}
        ${ts((n.ended_at??this.now)-n.started_at,e)}
        ${n.recipe?S` · ${n.recipe}`:V}
        ${n.og!=null?S` · ${e("detail.og",{value:i.number(n.og,3)})}`:V}
      </p>
      ${this.error?S`<p class="error" role="alert">${this.error}</p>`:V}
      <brewpit-predictions
        .estimates=${this.estimates}
        .formatters=${i}
        .t=${e}
        .temp=${$t(this.hass.config.unit_system.temperature)}
        .now=${this.now}
        .nodeOf=${this.nodeOf}
      ></brewpit-predictions>
    </section>`}renderEnd(){let e=this.t;return this.confirmEnd?S`<span role="group" aria-label=${e("detail.confirm_end_group")} class="toolbar">
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.end()}}>
        ${e("detail.confirm_end")}
      </button>
      <button @click=${()=>this.confirmEnd=!1}>${e("common.cancel")}</button>
    </span>`:S`<button class="danger" @click=${()=>this.confirmEnd=!0}>
        ${e("detail.end")}
      </button>`}};kt.styles=[Ie,ws],x([N({attribute:!1})],kt.prototype,"hass",2),x([N({attribute:!1})],kt.prototype,"session",2),x([N({attribute:!1})],kt.prototype,"estimates",2),x([N({type:Number})],kt.prototype,"now",2),x([N()],kt.prototype,"error",2),x([N({attribute:!1})],kt.prototype,"nodeOf",2),x([G()],kt.prototype,"confirmEnd",2),x([G()],kt.prototype,"busy",2),kt=x([Te("brewpit-session-head")],kt);var mt=class extends me{constructor(){super(...arguments);this.sessionId="";this.annotations=[];this.at=null;this.t=Se("en");this.text="";this.busy=!1;this.error=""}async add(e){e.preventDefault();let n=this.text.trim();if(n){this.busy=!0,this.error="";try{let i=await cc(this.hass,this.sessionId,n,this.at??void 0);this.text="",de(this,"note-added",i)}catch(i){this.error=Ve(i)}finally{this.busy=!1}}}render(){let e=this.t,n=this.formatters,i={note:e("notes.kind.note"),alert:e("notes.kind.alert"),event:e("notes.kind.event")};return S`<section class="card" aria-labelledby="notes-title">
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
      ${this.error?S`<p class="error" role="alert">${this.error}</p>`:V}
      <p class="muted small">
        ${this.at?S`${e("notes.at_picked",{time:n.dateTime(this.at)})}
                <button class="link" @click=${()=>de(this,"note-at-cleared")}>
                  ${e("notes.use_now")}
                </button>`:e("notes.at_now")}
      </p>
      ${this.annotations.length?S`<ul class="notes">
              ${this.annotations.map(r=>S`<li>
                    <span class="chip ${r.kind==="alert"?"alert":""}"
                      >${i[r.kind]??r.kind}</span
                    >
                    <time datetime=${new Date(r.ts).toISOString()}>${n.dateTime(r.ts)}</time>
                    <span>${r.text}</span>
                  </li>`)}
            </ul>`:S`<p class="muted">${e("notes.none")}</p>`}
    </section>`}};mt.styles=[Ie,ws],x([N({attribute:!1})],mt.prototype,"hass",2),x([N()],mt.prototype,"sessionId",2),x([N({attribute:!1})],mt.prototype,"annotations",2),x([N({attribute:!1})],mt.prototype,"at",2),x([N({attribute:!1})],mt.prototype,"formatters",2),x([N({attribute:!1})],mt.prototype,"t",2),x([G()],mt.prototype,"text",2),x([G()],mt.prototype,"busy",2),x([G()],mt.prototype,"error",2),mt=x([Te("brewpit-session-notes")],mt);var Wi=class{constructor(){this.bySeries=new Map}add(s,e){let n=this.bySeries.get(s)??[];n.push(e),this.bySeries.set(s,n)}get size(){return this.bySeries.size}clear(){this.bySeries.clear()}drain(s){let e=0,n=!1,i=s.series.map(o=>{let a=this.bySeries.get(o.series_id);if(!a)return o;let u=o.points.length?o.points[o.points.length-1][0]:-1/0,d=a.filter(f=>f[0]>u).sort((f,p)=>f[0]-p[0]);return e=Math.max(e,d.length),d.length&&d[0][0]-u>6e4&&(n=!0),d.length?{...o,points:[...o.points,...d]}:o});if(this.bySeries.clear(),!e)return{history:s,added:e,skipped:n};let r=Math.max(s.to,...i.map(o=>o.points[o.points.length-1]?.[0]??0));return{history:{...s,series:i,to:r},added:e,skipped:n}}};function Mc(t){if(!t)return 0;let s=0;for(let e of t.series)s=Math.max(s,e.points[e.points.length-1]?.[0]??0);return s}var rm=1e3,om=5e3,lm=6e4,Ki=class{constructor(s,e){this.host=s;this.on=e;this.live=new xs;this.buffer=new Wi;this.estimatesAt=0;s.addController(this)}follow(s,e){let n=e?.id!==this.session?.id;this.hass=s,this.session=e,n&&(this.stop(),e&&this.loadEstimates()),e?.status==="active"?this.live.open(s,i=>this.onLive(i),i=>this.on.error(i)):this.live.close()}hostDisconnected(){this.stop(),this.session=void 0}stop(){this.live.close(),clearTimeout(this.flushTimer),clearTimeout(this.estimatesTimer),this.flushTimer=void 0,this.buffer.clear()}async loadEstimates(){let{hass:s,session:e}=this;if(!(!s||!e)){clearTimeout(this.estimatesTimer),this.estimatesAt=Date.now();try{let n=await ji(s,e.id);e.id===this.session?.id&&this.on.estimates(n)}catch{}this.session?.id===e.id&&this.session.status==="active"&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},lm))}}onLive(s){let e=this.session;if(!e)return;let n=new Set(e.channels.map(o=>o.series_id)),i=Ec(e.id),r=!1;for(let o of s.states)o.unique_id?.startsWith(i)&&(r=!0),!(!n.has(o.series_id)||typeof o.ts!="number")&&this.buffer.add(o.series_id,[o.ts,En(o)]);if(r){clearTimeout(this.estimatesTimer);let o=Math.max(0,this.estimatesAt+om-Date.now());this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},o)}this.buffer.size&&this.flushTimer===void 0&&(this.flushTimer=setTimeout(()=>{this.flushTimer=void 0,this.on.readings(this.buffer)},rm))}};function Ac(t,s,e,n,i,r){if(!t)return Ii;let o=r*6e4,a=[],u=[],d=new Map,f=t.channels.length;for(let p of t.channels){let b=s.findIndex(z=>z.series_id===p.series_id);if(b<0)continue;let w=s[b],$=lt(w.kind,p.unit??w.unit,e),C=Vi(p,o);C==="reached"?d.set(b,{text:i("chart.reached"),state:C}):p.eta!==null&&C!=="unknown"&&d.set(b,{text:i("chart.eta",{time:n.clock(p.eta,o)}),state:C});let A=Sc(p);if(A&&a.push({scale:$.unit,colorIndex:b,xs:A.ts.map(z=>z/1e3),mid:A.mid.map(z=>Number.isFinite(z)?$.toDisplay(z):Number.NaN),lo:A.lo.map($.toDisplay),hi:A.hi.map($.toDisplay)}),p.stall){let z=p.stall.ended_at??p.as_of;u.push({x:p.stall.since/1e3,endX:z===null?null:z/1e3,colorIndex:b,label:f>1?i("chart.stall_of",{label:w.label}):i("chart.stall")})}}return{projections:a,stalls:u,targetNotes:d}}var am=250,cm=600,um=15e3,Be=class extends me{constructor(){super(...arguments);this.narrow=!1;this.sessionId="";this.view=Fi;this.estimates=null;this.series=[];this.error="";this.noteAt=null;this.now=Date.now();this.requestSeq=0;this.appended=0;this.feed=new Ki(this,{readings:e=>this.flushLive(e),estimates:e=>this.estimates=e,error:e=>this.error=this.t("detail.live_unavailable",{error:Ve(e)})});this.model=ke(Ba);this.figures=ke(sc);this.fmt=ke(Lt);this.nodes=ke(Mn);this.extras=ke(Ac);this.theme=ke(e=>Ni(n=>getComputedStyle(this).getPropertyValue(n)));this.xRange=ke((e,n)=>e===void 0||n===void 0?null:{min:e/1e3,max:n/1e3});this.nodeOf=e=>{let n=this.series.find(i=>i.id===e);return n?Ws(this.nodes(this.hass.devices,this.hass.areas)(n.device_id)):void 0};this.detailOf=e=>this.nodeOf(this.history?.series[e]?.series_id??-1);this.onRangeChanged=e=>this.choose({from:e.detail.min*1e3,to:e.detail.max*1e3});this.onChartClick=e=>{this.noteAt=Math.round(e.detail.x*1e3)}}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),um),this.hass&&this.session&&this.feed.follow(this.hass,this.session)}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.refetchTimer)}willUpdate(e){e.has("sessionId")&&this.sessionId&&this.load()}updated(e){e.has("session")&&this.isConnected&&this.feed.follow(this.hass,this.session)}get t(){return Se(ht(this.hass))}get temp(){return $t(this.hass.config.unit_system.temperature)}maxPoints(){let e=this.chart?.plotWidth||this.clientWidth-120||window.innerWidth-120;return Hi(e)}async load(){let e=++this.requestSeq;this.error="",this.view=Fi,this.noteAt=null,this.estimates=null,this.feed.follow(this.hass,void 0),kn(this.hass).then(n=>this.series=n,()=>{});try{let[n,i]=await Promise.all([Oi(this.hass,this.sessionId),Bn(this.hass,this.sessionId,{max_points:this.maxPoints()})]);if(e!==this.requestSeq)return;this.session=n,this.history=i,this.appended=0,this.now=Date.now()}catch(n){e===this.requestSeq&&(this.error=Ve(n))}}edge(){return Math.max(this.now,Mc(this.history))}ahead(){let e=this.session;if(!e||e.ended_at!==null||!this.view.follow)return 0;let n=(this.estimates?.channels??[]).filter(o=>o.status==="ok").map(o=>o.high??o.eta??0),i=this.edge(),r=this.view.range?i-(this.view.range.to-this.view.range.from):e.started_at;return fc(n,i,i-r)}visible(){return this.session?gc(this.session,this.view,this.edge(),this.ahead()):null}choose(e){this.session&&(this.view=bc(this.session,e,this.edge(),this.ahead()),clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},am))}async refetch(){let e=++this.requestSeq,n=this.visible(),i=n?{from:n.from,...this.view.follow?{}:{to:n.to}}:{};try{let r=await Bn(this.hass,this.sessionId,{...i,max_points:this.maxPoints()});if(e!==this.requestSeq)return;this.history=r,this.appended=0}catch(r){e===this.requestSeq&&(this.error=Ve(r))}}flushLive(e){if(!this.history)return e.clear();let{history:n,added:i,skipped:r}=e.drain(this.history);this.now=Date.now(),i&&(this.history=n,this.appended+=i,this.view.follow&&(r?(clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},1e3)):this.appended>=cm&&this.refetch()))}pan(e){let n=this.visible();n&&this.session&&this.choose(mc(n,e,ei(this.session,this.edge(),this.ahead())))}zoom(e){let n=this.visible()??(this.session?uo(this.session,this.now):null);n&&this.session&&this.choose(pc(n,e,ei(this.session,this.edge(),this.ahead())))}onNote(e){if(this.noteAt=null,!this.history)return;let n=[...this.history.annotations,e].sort((i,r)=>i.ts-r.ts);this.history={...this.history,annotations:n}}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone);return!this.session||!this.history?S`<div class="card" role="status">
        ${this.error?S`<span class="error">${this.error}</span>`:this.t("detail.loading")}
      </div>`:S`<brewpit-session-head
        .hass=${this.hass}
        .session=${this.session}
        .estimates=${this.estimates}
        .now=${this.now}
        .error=${this.error}
        .nodeOf=${this.nodeOf}
        @session-changed=${n=>this.session=n.detail}
        @session-error=${n=>this.error=n.detail}
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
          @note-added=${n=>this.onNote(n.detail)}
          @note-at-cleared=${()=>this.noteAt=null}
        ></brewpit-session-notes>
      </div>`}renderChart(e,n){let i=this.t,r=this.history,o=this.model(r,this.temp),a=Math.floor(this.now/6e4),u=this.visible(),d=this.hass.locale.time_zone==="server"?this.hass.config.time_zone:void 0;return S`<section class="card" aria-label=${i("detail.chart")}>
      <div class="toolbar chart-tools">
        ${this.renderTools(e)}
        <span class="spacer"></span>
        <span class="muted small range-label" aria-live="polite">
          ${this.rangeLabel(u,n)}
          ${r.series.some(f=>f.downsampled)?` · ${i("detail.downsampled")}`:""}
        </span>
      </div>
      ${o.series.length===0?S`<p class="muted">${i("detail.no_channels")}</p>`:S`<brewpit-chart
              .model=${o}
              .extras=${this.extras(this.estimates,r.series,this.temp,n,i,a)}
              .xRange=${this.xRange(u?.from,u?.to)}
              .formatters=${n}
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
    </section>`}renderTools(e){let n=this.t,i=e.status==="active"&&!this.view.follow;return S`<button
        class="icon"
        aria-label=${n("detail.pan_earlier")}
        @click=${()=>this.pan(-.25)}
      >
        ‹
      </button>
      <button class="icon" aria-label=${n("detail.pan_later")} @click=${()=>this.pan(.25)}>
        ›
      </button>
      <button class="icon" aria-label=${n("detail.zoom_in")} @click=${()=>this.zoom(.5)}>
        +
      </button>
      <button class="icon" aria-label=${n("detail.zoom_out")} @click=${()=>this.zoom(2)}>
        −
      </button>
      ${e.status==="active"?S`<button
              class=${i?"primary":""}
              ?disabled=${!i&&!this.view.range}
              @click=${()=>this.choose(null)}
            >
              ${n("detail.back_to_live")}
            </button>`:S`<button ?disabled=${!this.view.range} @click=${()=>this.choose(null)}>
              ${n("detail.reset_zoom")}
            </button>`}`}rangeLabel(e,n){let i=this.t;return this.session?.status==="active"&&this.view.follow?this.view.range?i("detail.range_live_window",{duration:ts(this.view.range.to-this.view.range.from,i)}):i("detail.range_live"):e&&this.view.range?`${n.dateTime(e.from)} – ${n.dateTime(e.to)}`:i("detail.range_whole")}};Be.styles=[Ie,ws],x([N({attribute:!1})],Be.prototype,"hass",2),x([N({type:Boolean,reflect:!0})],Be.prototype,"narrow",2),x([N()],Be.prototype,"sessionId",2),x([G()],Be.prototype,"session",2),x([G()],Be.prototype,"history",2),x([G()],Be.prototype,"view",2),x([G()],Be.prototype,"estimates",2),x([G()],Be.prototype,"series",2),x([G()],Be.prototype,"error",2),x([G()],Be.prototype,"noteAt",2),x([G()],Be.prototype,"now",2),x([vi("brewpit-chart")],Be.prototype,"chart",2),Be=x([Te("brewpit-session-detail")],Be);var Tc=Le`
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
  .others summary {
    cursor: pointer;
    color: var(--secondary-text-color);
    padding-block: 8px;
  }
  @media (max-width: 600px) {
    .probe {
      grid-template-columns: 1fr 1fr;
    }
    .check {
      grid-column: 1 / -1;
    }
  }
`;var pt=class extends me{constructor(){super(...arguments);this.rows=[];this.kind="cook";this.name="";this.recipe="";this.og="";this.error="";this.busy=!1;this.loaded=!1;this.live=new xs;this.fmt=ke(Lt);this.nodes=ke(Mn)}connectedCallback(){super.connectedCallback(),this.loadSeries(),this.live.open(this.hass,e=>{let n=new Map(e.states.map(i=>[i.series_id,i]));this.rows.some(i=>n.has(i.series.id))&&(this.rows=this.rows.map(i=>{let r=n.get(i.series.id);return r&&typeof r.ts=="number"?{...i,series:{...i.series,last_value:En(r),last_ts:r.ts}}:i}))})}disconnectedCallback(){super.disconnectedCallback(),this.live.close()}get t(){return Se(ht(this.hass))}async loadSeries(){try{let[e,n]=await Promise.all([kn(this.hass),Sn(this.hass,{status:"active"}).catch(()=>[])]);this.rows=e.map(i=>({series:i,on:!1,role:wc(i.name,i.key,i.kind),target:"",inUse:n.filter(r=>r.channels.some(o=>o.series_id===i.id)).map(r=>r.name),share:!1}))}catch(e){this.error=Ve(e)}finally{this.loaded=!0}}patch(e,n){this.rows=this.rows.map(i=>i.series.id===e?{...i,...n}:i)}async submit(e){e.preventDefault();let n=this.t,i=this.rows.find(u=>u.on&&u.inUse.length&&!u.share);if(i){this.error=n("form.confirm_share_first",{probe:i.series.name||i.series.key});return}let r=$t(this.hass.config.unit_system.temperature),o=this.rows.filter(u=>u.on).map(u=>{let d=lt(u.series.kind,u.series.unit,r),f=Number.parseFloat(u.target.replace(",","."));return{series_id:u.series.id,role:u.role,label:(u.series.name||u.series.key).slice(0,64),...Number.isFinite(f)?{target:Math.round(d.fromDisplay(f)*1e3)/1e3}:{}}}),a=Number.parseFloat(this.og.replace(",","."));this.busy=!0,this.error="";try{let u=await lc(this.hass,{kind:this.kind,name:this.name.trim(),channels:o,...this.recipe.trim()?{recipe:this.recipe.trim()}:{},...this.kind==="brew"&&Number.isFinite(a)?{og:a}:{}});de(this,"session-created",u)}catch(u){this.error=Ve(u)}finally{this.busy=!1}}render(){let e=this.t,n=i=>r=>i(r.target.value);return S`<form class="card" @submit=${i=>{this.submit(i)}}>
      <h2>${e("form.title")}</h2>
      <div class="grid">
        <label>
          ${e("form.name")}
          <input
            required
            maxlength="120"
            name="name"
            .value=${this.name}
            @input=${n(i=>this.name=i)}
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
          <input maxlength="200" .value=${this.recipe} @input=${n(i=>this.recipe=i)} />
        </label>
        ${this.kind==="brew"?S`<label>
                ${e("form.og")}
                <input
                  inputmode="decimal"
                  placeholder="1.050"
                  .value=${this.og}
                  @input=${n(i=>this.og=i)}
                />
              </label>`:V}
      </div>
      ${this.renderProbes()}
      ${this.error?S`<p class="error" role="alert">${this.error}</p>`:V}
      <div class="toolbar">
        <span class="spacer"></span>
        <button class="primary" type="submit" ?disabled=${this.busy||!this.name.trim()}>
          ${e("form.start")}
        </button>
      </div>
    </form>`}renderProbes(){let e=this.t,n=this.rows.filter(a=>xc(a.role,this.kind)||a.on),i=this.rows.filter(a=>!n.includes(a)),r=this.kind==="cook"?e("kind.cook"):e("kind.brew"),o=this.loaded?this.rows.length===0?S`<p class="muted">${e("form.no_probes")}</p>`:S`${n.map(a=>this.renderRow(a))}
          ${i.length?S`<details class="others">
                  <summary>${e("form.other_probes",{count:i.length,kind:r})}</summary>
                  ${i.map(a=>this.renderRow(a))}
                </details>`:V}`:S`<p class="muted" role="status">${e("form.loading_probes")}</p>`;return S`<fieldset>
      <legend>${e("form.probes")}</legend>
      ${o}
    </fieldset>`}renderRow(e){let n=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=$t(this.hass.config.unit_system.temperature),o=lt(e.series.kind,e.series.unit,r),a=e.series.name||e.series.key,u=Ws(this.nodes(this.hass.devices,this.hass.areas)(e.series.device_id)),d=e.series.last_value===null?n("form.no_reading"):`${i.number(o.toDisplay(e.series.last_value),o.decimals)} ${o.unit}`,f=e.series.id;return S`<div class="probe ${e.on?"on":""}" data-series=${f}>
      <label class="check">
        <input
          type="checkbox"
          .checked=${e.on}
          @change=${p=>this.patch(f,{on:p.target.checked})}
        />
        <span class="who">
          <span class="name">${a}</span>
          <span class="muted node">${u}</span>
        </span>
        <span class="reading" title=${e.series.last_ts?i.dateTime(e.series.last_ts):""}
          >${d}</span
        >
      </label>
      ${this.renderRole(e,a)}
      <input
        class="target"
        inputmode="decimal"
        aria-label=${n("form.target_of",{probe:a,unit:o.unit})}
        placeholder=${n("form.target_placeholder",{unit:o.unit})}
        ?disabled=${!e.on}
        .value=${e.target}
        @input=${p=>this.patch(f,{target:p.target.value})}
      />
      ${e.inUse.length?S`<div class="in-use" role="note">
              ${n("form.in_use",{sessions:e.inUse.join(", ")})}
              ${e.on?S`<label class="share">
                      <input
                        type="checkbox"
                        .checked=${e.share}
                        @change=${p=>this.patch(f,{share:p.target.checked})}
                      />
                      ${n("form.share",{sessions:e.inUse.join(", ")})}
                    </label>`:V}
            </div>`:V}
    </div>`}renderRole(e,n){let i=this.t,r=yc(this.kind),o=e.series.id;return S`<select
      aria-label=${i("form.role_of",{probe:n})}
      ?disabled=${!e.on}
      @change=${a=>this.patch(o,{role:a.target.value})}
    >
      ${r.fitting.map(a=>S`<option value=${a} ?selected=${a===e.role}>${ss(a,i)}</option>`)}
      <optgroup label=${i("form.other_roles")}>
        ${r.others.map(a=>S`<option value=${a} ?selected=${a===e.role}>${ss(a,i)}</option>`)}
      </optgroup>
    </select>`}};pt.styles=[Ie,Tc],x([N({attribute:!1})],pt.prototype,"hass",2),x([G()],pt.prototype,"rows",2),x([G()],pt.prototype,"kind",2),x([G()],pt.prototype,"name",2),x([G()],pt.prototype,"recipe",2),x([G()],pt.prototype,"og",2),x([G()],pt.prototype,"error",2),x([G()],pt.prototype,"busy",2),x([G()],pt.prototype,"loaded",2),pt=x([Te("brewpit-session-form")],pt);var Cc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",zc="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",Rc="M17.66 11.2C17.43 10.9 17.15 10.64 16.89 10.38C16.22 9.78 15.46 9.35 14.82 8.72C13.33 7.26 13 4.85 13.95 3C13 3.23 12.17 3.75 11.46 4.32C8.87 6.4 7.85 10.07 9.07 13.22C9.11 13.32 9.15 13.42 9.15 13.55C9.15 13.77 9 13.97 8.8 14.05C8.57 14.15 8.33 14.09 8.14 13.93C8.08 13.88 8.04 13.83 8 13.76C6.87 12.33 6.69 10.28 7.45 8.64C5.78 10 4.87 12.3 5 14.47C5.06 14.97 5.12 15.47 5.29 15.97C5.43 16.57 5.7 17.17 6 17.7C7.08 19.43 8.95 20.67 10.96 20.92C13.1 21.19 15.39 20.8 17.03 19.32C18.86 17.66 19.5 15 18.56 12.72L18.43 12.46C18.22 12 17.66 11.2 17.66 11.2Z",Pc="M4 4h12v3h2a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-2v2a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4zm12 5v6h2a1 1 0 0 0 1-1v-4a1 1 0 0 0-1-1h-2z";function ti(t,s=!1){return S`<svg class=${s?"icon flip":"icon"} viewBox="0 0 24 24" aria-hidden="true">
    <path d=${t}></path>
  </svg>`}var dm=300;function hm(t,s,e,n=Se("en")){let i=[n("list.channels",{count:t.channels.length})],r=lt("temperature","°C",e),o=t.summary?.channels??[];if(o.length)for(let a of o.filter(u=>u.role!=="ambient").slice(0,3))a.role==="gravity"?i.push(`${a.label} ${s.number(a.last_value,3)}`):a.max!=null&&i.push(n("list.max",{label:a.label,value:`${s.number(r.toDisplay(a.max),1)} ${r.unit}`}));else{let a=t.channels.filter(u=>u.target!=null&&u.role!=="gravity");for(let u of a.slice(0,2))i.push(`${u.label??u.role} → ${s.number(r.toDisplay(u.target),0)} ${r.unit}`)}return t.og!=null&&i.push(n("detail.og",{value:s.number(t.og,3)})),t.recipe&&i.push(t.recipe),i}var at=class extends me{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.loaded=!1;this.error="";this.kind="";this.status="";this.q="";this.selected=new Set;this.creating=!1;this.seq=0;this.fmt=ke(Lt)}connectedCallback(){super.connectedCallback(),this.hass&&this.load()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer)}willUpdate(e){e.has("hass")&&!e.get("hass")&&this.hass&&!this.loaded&&this.load()}async load(){let e=++this.seq,n={...this.kind?{kind:this.kind}:{},...this.status?{status:this.status}:{},...this.q.trim()?{q:this.q.trim()}:{}};try{let i=await Sn(this.hass,n);if(e!==this.seq)return;this.sessions=[...i].sort((r,o)=>o.started_at-r.started_at),this.error=""}catch(i){e===this.seq&&(this.error=Ve(i))}finally{e===this.seq&&(this.loaded=!0)}}setFilter(e){e.kind!==void 0&&(this.kind=e.kind),e.status!==void 0&&(this.status=e.status),this.load()}onSearch(e){this.q=e.target.value,clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>{this.load()},dm)}open(e){de(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(e)}`})}toggle(e,n){let i=new Set(this.selected);n?i.add(e):i.delete(e),this.selected=i}compare(){let e=this.sessions.filter(n=>this.selected.has(n.id)).map(n=>n.id);de(this,"brewpit-navigate",{path:`/compare?ids=${e.map(encodeURIComponent).join(",")}`})}onRowKey(e,n){e.target===e.currentTarget&&(e.key==="Enter"||e.key===" ")&&(e.preventDefault(),this.open(n))}get t(){return Se(ht(this.hass))}render(){let e=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),i=$t(this.hass.config.unit_system.temperature),r=Date.now();return S`
      ${this.renderFilters(e)}
      ${this.creating?S`<brewpit-session-form
              .hass=${this.hass}
              @session-created=${o=>this.open(o.detail.id)}
            ></brewpit-session-form>`:V}
      ${this.error?S`<p class="error" role="alert">${this.error}</p>`:V}
      <section class="card list" aria-label=${e("list.sessions")}>
        ${this.loaded?this.sessions.length===0?S`<p class="muted">${e("list.none")}</p>`:S`<div role="list">
                  ${this.sessions.map(o=>this.renderRow(o,n,i,r,e))}
                </div>`:S`<p class="muted" role="status">${e("list.loading")}</p>`}
      </section>
    `}renderFilters(e){return S`<section class="card" aria-label=${e("list.filters")}>
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
            @change=${n=>this.setFilter({kind:n.target.value})}
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
            @change=${n=>this.setFilter({status:n.target.value})}
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
    </section>`}renderRow(e,n,i,r,o){let a=ts((e.ended_at??r)-e.started_at,o),u=e.status==="active"?o("status.running"):o("status.ended"),d=e.kind==="cook"?o("kind.cook"):o("kind.brew");return S`<div
      class="row"
      role="listitem"
      tabindex="0"
      aria-label=${`${e.name}, ${d}, ${u}, ${a}`}
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
      <span class="kind" aria-hidden="true">${ti(e.kind==="cook"?Rc:Pc)}</span>
      <span class="name">
        <strong>${e.name}</strong>
        <span class="muted figures">${hm(e,n,i,o).join(" · ")}</span>
      </span>
      <span class="chip ${e.status==="active"?"active":""} status"> ${u} </span>
      <span class="muted started">${n.dateTime(e.started_at)}</span>
      <span class="duration">${a}</span>
    </div>`}};at.styles=[Ie,Le`
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
    `],x([N({attribute:!1})],at.prototype,"hass",2),x([N({type:Boolean,reflect:!0})],at.prototype,"narrow",2),x([G()],at.prototype,"sessions",2),x([G()],at.prototype,"loaded",2),x([G()],at.prototype,"error",2),x([G()],at.prototype,"kind",2),x([G()],at.prototype,"status",2),x([G()],at.prototype,"q",2),x([G()],at.prototype,"selected",2),x([G()],at.prototype,"creating",2),at=x([Te("brewpit-sessions-list")],at);function Lc(t,s=""){let e=(t??"").split("?")[0].split("/").filter(Boolean),n=new URLSearchParams((t??"").includes("?")?t.split("?")[1]:s);switch(e[0]){case"session":return e[1]?{view:"session",id:decodeURIComponent(e[1])}:{view:"sessions"};case"compare":{let i=(n.get("ids")??"").split(",").map(r=>r.trim()).filter(Boolean);return{view:"compare",ids:[...new Set(i)]}}case"live":return{view:"live"};default:return{view:"sessions"}}}var us=class extends me{constructor(){super(...arguments);this.narrow=!1;this.parsed=ke((e,n)=>Lc(e,n))}get view(){return this.parsed(this.route?.path,window.location.search)}go(e){nc(`${this.route?.prefix??"/brewpit"}${e}`)}onNavigate(e){e.stopPropagation(),this.go(e.detail.path)}render(){if(!this.hass)return V;let e=this.view,n=this.hass.dockedSidebar,i=this.narrow||n==="always_hidden",r=Se(ht(this.hass)),o=this.panel?.title||"Brewpit",a=e.view==="session"||e.view==="compare";return S`
      <header class="toolbar-top">
        ${i?S`<button
                class="icon-btn"
                aria-label=${r("panel.open_sidebar")}
                @click=${()=>de(this,"hass-toggle-menu")}
              >
                ${ti(Cc)}
              </button>`:V}
        ${a?S`<button
                class="icon-btn"
                aria-label=${r("panel.back")}
                @click=${()=>this.go("/sessions")}
              >
                ${ti(zc,!0)}
              </button>`:V}
        <h1>${o}</h1>
        <nav aria-label=${r("panel.views")}>
          <a
            href=${`${this.route?.prefix??""}/sessions`}
            aria-current=${e.view==="sessions"?"page":"false"}
            @click=${u=>this.link(u,"/sessions")}
            >${r("panel.sessions")}</a
          >
          <a
            href=${`${this.route?.prefix??""}/live`}
            aria-current=${e.view==="live"?"page":"false"}
            @click=${u=>this.link(u,"/live")}
            >${r("panel.live")}</a
          >
        </nav>
      </header>
      <main @brewpit-navigate=${this.onNavigate}>${this.renderView(e)}</main>
    `}link(e,n){let i=e;i.ctrlKey||i.metaKey||i.shiftKey||i.button>0||(e.preventDefault(),this.go(n))}renderView(e){switch(e.view){case"session":return S`<brewpit-session-detail
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .sessionId=${e.id}
        ></brewpit-session-detail>`;case"compare":return S`<brewpit-compare
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .ids=${e.ids}
        ></brewpit-compare>`;case"live":return S`<brewpit-live .hass=${this.hass} ?narrow=${this.narrow}></brewpit-live>`;default:return S`<brewpit-sessions-list
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
